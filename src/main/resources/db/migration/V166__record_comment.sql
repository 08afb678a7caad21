-- The comment threads between editor and monitor on incidents and legal cases (module comment). Staff only: no
-- search view, dataset section or public page reads this table.
create table record_comment (
    id          bigserial primary key,
    record_kind text not null check (record_kind in ('incident', 'legal_case')),
    record_id   text not null,
    author      text not null,
    body        text not null check (length(body) between 1 and 4000),
    created_at  timestamptz not null default now()
);
create index record_comment_record_idx on record_comment (record_kind, record_id, created_at);
