-- Indexes for the report's counts (docs/counting-rules.md): published incidents by category and date, the art.
-- 158 series by basis, and decisions by kind and date. Measured in docs/benchmarks.md.
create index incident_published_category_date_idx on incident (primary_category, occurred_on, date_precision)
    where workflow_state = 'published';
create index incident_published_date_idx on incident (occurred_on, date_precision, primary_category)
    where workflow_state = 'published';
create index legal_case_basis_direction_opened_idx on legal_case (basis, direction, opened_on);
create index legal_case_event_kind_occurred_idx on legal_case_event (kind, occurred_on);
