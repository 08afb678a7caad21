-- The victim-kind facet of a filtered list (a name search, a region): each selected incident's victims' kinds read
-- from this index alone, instead of a pass over every victim row (docs/benchmarks.md, web section).
create index if not exists incident_victim_incident_kind_idx on incident_victim (incident_id, victim_kind);
