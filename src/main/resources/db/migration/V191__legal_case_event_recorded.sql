-- When each step of a case's timeline was recorded (module legalcase), so a case whose timeline grew after it was
-- first recorded can say "updated on" that day. Steps recorded before this column existed are taken as recorded
-- with their case (nothing tells when they were added); steps arriving with a new case are recorded with it.
alter table legal_case_event add column recorded_at timestamptz;
update legal_case_event e set recorded_at = c.created_at from legal_case c where c.id = e.case_id;
alter table legal_case_event alter column recorded_at set default now(), alter column recorded_at set not null;
