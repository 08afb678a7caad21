-- The last status (due_soon or overdue) its recorder was reminded of, so each change is told once and only once.
alter table inquiry add column reminded_status text check (reminded_status in ('due_soon', 'overdue'));
