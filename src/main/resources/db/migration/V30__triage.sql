-- Triage of the news: the feeds Kuzet polls, the articles it read, and the incident candidates found in them,
-- with the monitors' decisions (which also teach the classifier).

create table triage_feed (
    id             bigserial primary key,
    url            text not null unique check (url ~ '^https?://'),
    outlet         text not null default '',
    active         boolean not null default true,
    -- conditional GET: what the server said last time, sent back so that an unchanged feed costs nothing
    etag           text,
    last_modified  text,
    last_polled_at timestamptz,
    last_status    int,
    last_error     text
);

create table triage_article (
    id         bigserial primary key,
    url        text,
    outlet     text not null default '',
    title      text not null default '',
    fetched_at timestamptz not null,
    language   text not null check (language in ('en', 'ru', 'kk')),
    text       text not null,
    sha256     char(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
    -- duplicates (the same story in several outlets) share the id of the first article of the group
    group_id   bigint references triage_article (id),
    feed_id    bigint references triage_feed (id),
    created_at timestamptz not null default now()
);
create unique index triage_article_url_idx on triage_article (url) where url is not null;
create index triage_article_sha_idx on triage_article (sha256);
create index triage_article_group_idx on triage_article (group_id);

create table triage_candidate (
    id               bigserial primary key,
    article_id       bigint not null references triage_article (id) on delete cascade,
    kind             text not null default 'incident' check (kind in ('incident', 'official_reply')),
    passage_start    int not null check (passage_start >= 0),
    passage_end      int not null,
    passage          text not null,
    primary_category text not null,
    score            double precision not null check (score >= 0 and score <= 1),
    categories       jsonb not null,
    why              jsonb not null,
    facts            jsonb not null,
    status           text not null default 'new' check (status in ('new', 'accepted', 'merged', 'rejected')),
    reason           text,
    decided_by       text,
    decided_at       timestamptz,
    incident_id      bigint references incident (id),
    check (passage_end >= passage_start),
    check (status <> 'rejected' or length(trim(coalesce(reason, ''))) > 0),
    check (status not in ('accepted', 'merged') or incident_id is not null)
);
create index triage_candidate_status_idx on triage_candidate (status, score desc);
create index triage_candidate_article_idx on triage_candidate (article_id);
