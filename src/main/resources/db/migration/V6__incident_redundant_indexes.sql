-- Two indexes of V1 that later indexes cover with the same leading column: every query that could use them uses
-- those as well (incident_state_order_idx of V60 for the state, incident_victim_incident_kind_idx of V61 for a
-- victim's incident, the foreign key's cascade included). Each was one more index to write per row of a bulk import.
drop index if exists incident_state_idx;
drop index if exists incident_victim_incident_idx;
