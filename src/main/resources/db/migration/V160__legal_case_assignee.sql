-- Who on the staff follows a legal case ("my queue"); null while nobody does ("unassigned").
alter table legal_case add column assigned_to text;
create index legal_case_assigned_to on legal_case (assigned_to) where stage <> 'closed';
