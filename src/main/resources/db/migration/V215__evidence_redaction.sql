-- A redacted copy of an evidence file, made by an editor for publication: image regions blacked out or blurred
-- (metadata stripped), PDF text in regions or matching words removed from the content. The original stays the
-- immutable master under its SHA-256; the copy is a stored file of its own, and this row says which original and
-- which regions and words it was made from. Only a published copy is ever served to the public.
create table evidence_redaction (
    id              bigserial primary key,
    original_sha256 char(64) not null references stored_file (sha256),
    redacted_sha256 char(64) not null references stored_file (sha256),
    method          text not null check (method in ('black', 'blur', 'remove')),
    regions         jsonb not null default '[]',
    words           jsonb not null default '[]',
    made_by         text not null,
    made_at         timestamptz not null default now(),
    published_at    timestamptz,
    published_by    text,
    check (original_sha256 <> redacted_sha256)
);
create index evidence_redaction_original_idx on evidence_redaction (original_sha256);
create index evidence_redaction_public_idx on evidence_redaction (redacted_sha256) where published_at is not null;
