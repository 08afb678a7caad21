-- Owner: the crypto module (org.kuzet.crypto). One data key per record kind whose confidential fields are sealed
-- (AES-GCM), stored only wrapped by the master key, which never enters the database: master_key_id names which
-- master key wrapped it (an id derived from the key, not the key), so a start with the wrong key file says so.
create table crypto_data_key (
    kind          text primary key,
    master_key_id text not null,
    wrapped       bytea not null,
    created_at    timestamptz not null default now(),
    rewrapped_at  timestamptz
);
