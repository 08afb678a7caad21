-- TRUNCATE fires no row or statement triggers of the kinds V50 set, so emptying a table (tests start from empty
-- tables this way; an admin might too) would leave its documents behind. These triggers empty the index with it.

create function search_on_truncate() returns trigger language plpgsql as $$
begin
    delete from search_document where doc_type = tg_argv[0];
    -- an incident's actors and sources stop being public with it
    if tg_argv[0] = 'incident' then
        perform search_refresh('actor', array(select id from actor));
        perform search_refresh('source', array(select id from source));
    end if;
    -- the names known for corrections: only those of the documents that remain, and the gazetteer's
    delete from search_name;
    insert into search_name (word, public)
    select distinct w, d.published from search_document d, regexp_split_to_table(search_spelling_key(d.names), ' ') w
    where length(w) >= 3
    on conflict do nothing;
    perform search_add_place_names();
    return null;
end
$$;

create trigger incident_search_truncate after truncate on incident
    for each statement execute function search_on_truncate('incident');
create trigger actor_search_truncate after truncate on actor
    for each statement execute function search_on_truncate('actor');
create trigger source_search_truncate after truncate on source
    for each statement execute function search_on_truncate('source');
