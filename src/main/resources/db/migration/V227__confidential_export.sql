-- Requests for an export of the whole dataset with its confidential fields (owned by the dataset module): a staff
-- member asks, saying why; an administrator other than them approves or refuses; an approved export is downloaded
-- by its requester once, before expires_at. Every step is in the audit log as well.
create table confidential_export (
    id            bigserial primary key,
    requested_by  text not null,
    reason        text not null check (length(trim(reason)) > 0),
    requested_at  timestamptz not null,
    decided_by    text,
    decided_at    timestamptz,
    approved      boolean,
    expires_at    timestamptz,
    downloaded_at timestamptz,
    check ((decided_at is null) = (approved is null)),
    check (downloaded_at is null or approved)
);
create index confidential_export_open on confidential_export (requested_at desc);
