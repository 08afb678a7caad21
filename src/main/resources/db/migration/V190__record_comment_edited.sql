-- A comment its author changed keeps when it was last changed, so the thread can say "edited" (module comment).
-- A deleted comment leaves the table; the audit log keeps what it said and who removed it.
alter table record_comment add column edited_at timestamptz;
