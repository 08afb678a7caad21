-- What correspondents send from their phones (the offline page, or ODK Collect and Tella through OpenRosa): each
-- submission is one candidate of the triage queue; these tables keep what the phone said about it (when the form was
-- filled, where, on which device) and which stored files (evidence) came with it, by their SHA-256.
create table intake_submission (
    id               bigint generated always as identity primary key,
    -- the account that sent it: a correspondent sees only their own
    account          text not null,
    -- 'phone' (Kuzet's own page) or 'openrosa' (ODK Collect, Tella, Enketo ...)
    channel          text not null check (channel in ('phone', 'openrosa')),
    -- the form's own id for this filling (OpenRosa's meta/instanceID, the page's draft id): sent twice, kept once
    instance_id      text not null check (length(instance_id) between 1 and 200),
    candidate_id     bigint not null references triage_candidate (id) on delete cascade,
    what             text not null,
    happened_when    text,
    happened_where   text,
    link             text,
    latitude         double precision check (latitude between -90 and 90),
    longitude        double precision check (longitude between -180 and 180),
    accuracy_m       double precision check (accuracy_m >= 0),
    form_started_at  timestamptz,
    form_ended_at    timestamptz,
    device           text,
    received_at      timestamptz not null default now(),
    unique (account, instance_id)
);
create index intake_submission_account on intake_submission (account, received_at desc);

-- the files, kept by the evidence store under their SHA-256 (checked on every read, in every backup)
create table intake_attachment (
    submission_id  bigint not null references intake_submission (id) on delete cascade,
    -- the file's name as the phone sent it (an OpenRosa instance names its files by it)
    file_name      text not null,
    sha256         text not null references stored_file (sha256),
    primary key (submission_id, file_name)
);
