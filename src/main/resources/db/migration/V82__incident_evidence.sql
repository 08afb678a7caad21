-- Evidence files (photos, court PDFs, screenshots) attached to an incident. The file itself is kept once in the
-- evidence store under its SHA-256; this says which incident it belongs to, under the name it was uploaded with.
create table incident_evidence (
    incident_id bigint not null references incident (id) on delete cascade,
    sha256      char(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
    name        text not null,
    added_by    text not null,
    added_at    timestamptz not null default now(),
    primary key (incident_id, sha256)
);
