-- API tokens for scripts. Only the SHA-256 of a token is kept: the token itself is shown once, when it is made.
create table api_token (
    id           bigserial primary key,
    user_id      bigint not null references app_user (id) on delete cascade,
    name         text not null check (length(trim(name)) > 0),
    token_hash   char(64) not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id);
