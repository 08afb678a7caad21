-- One-time links with which an account's holder sets a new password, made by an administrator. Only the SHA-256 of
-- a link's token is kept; a link is good until expires_at and for one use (used_at). A newer link for the same
-- account ends the older ones.
create table password_reset (
    id          bigserial primary key,
    user_id     bigint not null references app_user (id) on delete cascade,
    token_hash  char(64) not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    issued_by   text not null,
    issued_at   timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index password_reset_user_idx on password_reset (user_id);
