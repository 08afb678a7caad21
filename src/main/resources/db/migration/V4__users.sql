-- Staff accounts. The public needs none. Roles: admin, editor, monitor, correspondent.
create table app_user (
    id            bigserial primary key,
    username      text not null unique check (username ~ '^[a-z0-9._-]{2,64}$'),
    display_name  text not null default '',
    password_hash text not null,
    role          text not null check (role in ('admin', 'editor', 'monitor', 'correspondent')),
    enabled       boolean not null default true,
    created_at    timestamptz not null default now()
);

-- Which version of the spelling folding the stored alias keys were made with (see Spelling.ALGORITHM).
create table spelling_state (
    id        int primary key check (id = 1),
    algorithm int not null
);
insert into spelling_state values (1, 0);
