-- Saved filters of the staff incident list with their e-mail digest and Atom feed; watches on incidents and legal
-- cases, and what each watcher has heard of them. Owned by the notification module.
create table notification_address (
    username   text primary key,
    email      text not null,
    lang       text not null,
    changed_at timestamptz not null default now()
);

create table notification_filter (
    id             bigserial primary key,
    username       text not null,
    name           text not null,
    query          text not null,
    digest         text not null check (digest in ('none', 'daily', 'weekly')),
    lang           text not null,
    feed_token     text not null unique,
    created_at     timestamptz not null default now(),
    last_digest_at timestamptz
);
create index notification_filter_user on notification_filter (username);

-- the incidents a filter's digest has told of already (a digest tells of each incident once)
create table notification_filter_told (
    filter_id   bigint not null references notification_filter (id) on delete cascade,
    incident_id bigint not null,
    primary key (filter_id, incident_id)
);

create table notification_watch (
    username    text not null,
    record_kind text not null check (record_kind in ('incident', 'legal_case')),
    record_id   text not null,
    created_at  timestamptz not null default now(),
    primary key (username, record_kind, record_id)
);
create index notification_watch_record on notification_watch (record_kind, record_id);

-- a watched record's new event, once for each watcher
create table notification_heard (
    id          bigserial primary key,
    username    text not null,
    record_kind text not null,
    record_id   text not null,
    action      text not null,
    actor       text not null,
    heard_at    timestamptz not null default now()
);
create index notification_heard_user on notification_heard (username, heard_at desc);
