-- Indexes for the report's counts that read legal cases and their timelines directly (docs/benchmarks.md): which
-- criminal cases against the media reached a court, the court decisions and money collected in a period, and the
-- art. 158 complaints' steps. Each lets the count be read from the index alone.
create index legal_case_criminal_against_media_idx on legal_case (opened_on, opened_precision, id)
    where direction = 'against_media' and kind = 'criminal';
create index legal_case_direction_idx on legal_case (id) include (direction);
create index legal_case_event_court_idx on legal_case_event (case_id, occurred_on)
    include (kind, date_precision, in_favour_of_media)
    where kind in ('sent_to_court', 'hearing', 'judgment', 'appeal', 'cassation', 'in_force', 'enforcement');
drop index legal_case_event_kind_occurred_idx;
create index legal_case_event_kind_occurred_idx on legal_case_event (kind, occurred_on)
    include (date_precision, case_id, in_favour_of_media, amount_kzt);
