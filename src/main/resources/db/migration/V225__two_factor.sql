-- Two-factor sign-in (owned by the security module). An account's TOTP secret, once its holder proved with a first
-- code that their app holds it; the last time step a code was taken for, so that no code works twice.
create table two_factor_secret (
    user_id       bigint primary key references app_user (id) on delete cascade,
    secret        text not null,
    enrolled_at   timestamptz not null default now(),
    last_step     bigint not null default 0
);

-- Recovery codes, shown once when made: only their SHA-256 is kept, and each is good for one sign-in.
create table two_factor_recovery_code (
    user_id    bigint not null references app_user (id) on delete cascade,
    code_hash  char(64) not null check (code_hash ~ '^[0-9a-f]{64}$'),
    used_at    timestamptz,
    primary key (user_id, code_hash)
);

-- Which roles must sign in with a second factor, as an administrator set it; a role without a row follows the
-- configuration (kuzet.two-factor.required-roles).
create table two_factor_role (
    role        text primary key check (role in ('admin', 'editor', 'monitor', 'correspondent')),
    required    boolean not null,
    changed_by  text not null,
    changed_at  timestamptz not null default now()
);

-- The addresses and browsers an account has signed in from: a sign-in from one not seen before is told to its holder.
create table sign_in_device (
    user_id     bigint not null references app_user (id) on delete cascade,
    address     text not null,
    device      text not null,
    first_seen  timestamptz not null default now(),
    last_seen   timestamptz not null default now(),
    primary key (user_id, address, device)
);
