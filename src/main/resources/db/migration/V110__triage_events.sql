-- One candidate per event: candidates found in articles about the same event (in any outlet, script or language)
-- share the id of the first one, which the queue shows with all their articles.
alter table triage_candidate add column event_id bigint references triage_candidate (id);
create index triage_candidate_event_idx on triage_candidate (event_id);
