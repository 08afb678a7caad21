-- The audit log: every change, who made it and when, what it was before and after. Append-only: each entry
-- carries the hash of the one before it (prev_hash), so a changed or removed entry breaks the chain, and the
-- trigger below refuses UPDATE, DELETE and TRUNCATE so that the application cannot rewrite history by mistake.
create table audit_entry (
    id          bigserial primary key,
    seq         bigint not null unique check (seq >= 1),
    recorded_at timestamptz not null,
    actor       text not null,
    action      text not null check (length(trim(action)) > 0),
    entity_type text not null check (length(trim(entity_type)) > 0),
    entity_id   text not null,
    before      jsonb,
    after       jsonb,
    prev_hash   char(64) not null check (prev_hash ~ '^[0-9a-f]{64}$'),
    hash        char(64) not null unique check (hash ~ '^[0-9a-f]{64}$')
);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id, seq);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op;
end
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
