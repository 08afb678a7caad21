-- Owner: the source module (org.kuzet.source). The rule that hides a source (a confidential source, or a
-- correspondent's report whatever flag it was sent with), for the SQL that must not show hidden sources: the
-- source routes (SourceStore) and the search documents (R__search_documents.sql) call it. The one place it is
-- defined; Flyway runs this file after the versioned migrations and again whenever it changes.

-- org.kuzet.source.internal.SourceInput.hidden() in SQL. Change both together.
create or replace function source_hidden(p_kind text, p_confidential boolean) returns boolean
    language sql immutable parallel safe
return p_confidential or p_kind = 'correspondent_report';
