-- A large first load of incidents notes every incident at once (one row, record_id null: the index re-reads the
-- type) instead of a row per incident: at a million incidents those rows and their index were a million writes
-- more in the import, and a million changes for every instance to read back one by one. Like search_refresh, it
-- notes nothing while kuzet.search_refresh is off.
create function search_refresh_type(p_type text) returns void language plpgsql as $$
begin
    if coalesce(current_setting('kuzet.search_refresh', true), '') = 'off' then
        return;
    end if;
    insert into search_change (doc_type, record_id) values (p_type, null);
end
$$;

-- Emptying a table notes whole types too: through the one function that does it (behaviour as in V52).
create or replace function search_on_truncate() returns trigger language plpgsql as $$
begin
    perform search_refresh_type(tg_argv[0]);
    if tg_argv[0] = 'incident' then
        perform search_refresh_type('actor');
        perform search_refresh_type('source');
        perform search_refresh_type('legal_case');
    end if;
    return null;
end
$$;
