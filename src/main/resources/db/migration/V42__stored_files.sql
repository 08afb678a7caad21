-- Evidence files (archived snapshots, uploads) are stored under the files directory by their SHA-256; this table
-- says what each one is. The content is checked against the hash every time it is read.
create table stored_file (
    sha256        char(64) primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    media_type    text not null,
    size_bytes    bigint not null check (size_bytes >= 0),
    original_name text,
    stored_at     timestamptz not null default now(),
    stored_by     text
);
