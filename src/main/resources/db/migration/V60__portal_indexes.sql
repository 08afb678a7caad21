-- The public portal's read model at 100,000 incidents (docs/benchmarks.md, "Web pages").

-- The incident list: newest first, published only (the public's list, its pages and the home page), and by state for
-- the staff's list and review queue.
create index if not exists incident_published_order_idx on incident (occurred_on desc, id desc)
    where workflow_state = 'published';
create index if not exists incident_state_order_idx on incident (workflow_state, occurred_on desc, id desc);
-- The Atom feed and "recently published".
create index if not exists incident_published_at_idx on incident (published_at desc, id desc)
    where workflow_state = 'published';
-- The victim-kind facet and filter.
create index if not exists incident_victim_kind_idx on incident_victim (victim_kind, incident_id);

-- The name match of the list's search box (ILIKE '%word%' and the folded spelling key LIKE '%key%'): trigram indexes
-- (pg_trgm comes with V50), so a name finds its incidents without reading every title and summary.
create index if not exists incident_title_trgm_idx on incident using gin (title gin_trgm_ops);
create index if not exists incident_summary_trgm_idx on incident using gin (summary gin_trgm_ops);
create index if not exists incident_victim_name_trgm_idx on incident_victim using gin (name gin_trgm_ops);
create index if not exists incident_perpetrator_name_trgm_idx on incident_perpetrator using gin (name gin_trgm_ops);
create index if not exists actor_alias_key_trgm_idx on actor_alias using gin (key gin_trgm_ops);

-- A counter that moves whenever anything the portal's counts are made of changes. The portal caches its counts
-- (facets, totals, chart figures) under the counter's value and recomputes them once it has moved; a sequence, so
-- writers never wait on each other for it. One bump per statement, not per row: a bulk import costs one.
create sequence if not exists portal_change_seq;

create function portal_changed() returns trigger language plpgsql as $$
begin
    perform nextval('portal_change_seq');
    return null;
end $$;

do $$
declare
    t text;
begin
    foreach t in array array['incident', 'incident_victim', 'incident_perpetrator', 'incident_category', 'category',
                             'place', 'place_alias', 'actor', 'actor_alias'] loop
        execute format('create trigger %I after insert or update or delete on %I for each statement '
                       'execute function portal_changed()', t || '_portal_changed', t);
        execute format('create trigger %I after truncate on %I for each statement '
                       'execute function portal_changed()', t || '_portal_truncated', t);
    end loop;
end $$;
