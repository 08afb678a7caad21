-- Owner: the audit module (org.kuzet.audit). What keeps audit_entry (V41) append-only: the function that refuses
-- a change, and the triggers that call it on UPDATE, DELETE and TRUNCATE. The one place they are defined; Flyway
-- runs this file after the versioned migrations and again whenever it changes.

create or replace function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op;
end
$$;

create or replace trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();

create or replace trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
