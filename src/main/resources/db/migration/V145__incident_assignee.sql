-- Who on the staff holds an incident under review ("my queue"); null while nobody does ("unassigned").
alter table incident add column assigned_to text;
create index incident_assigned_to on incident (assigned_to) where workflow_state <> 'published';
