-- Context events read from archived reports come in as drafts, for a monitor to review before the public, the
-- reports and the sources they cite see them. Those recorded through the API or a dataset file are public at once,
-- as before; those already here were public.
alter table context_event add column published_at timestamptz default now();
alter table context_event add column published_by text;
update context_event set published_at = created_at;
create index context_event_draft_idx on context_event (occurred_on) where published_at is null;
