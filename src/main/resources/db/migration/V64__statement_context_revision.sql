-- Statements and context events get a revision, as actors and legal cases have: the API answers it as the ETag
-- and a change must name it, so that one editor's change is never silently written over by another's.
alter table statement add column revision int not null default 1;
alter table context_event add column revision int not null default 1;
