-- Owner: the search module (org.kuzet.search). Everything live of the search in the database, in one place:
--  1. the outbox functions: search_refresh and search_refresh_type note changed documents in search_change (V52),
--     search_on_truncate notes whole types when a table is emptied;
--  2. the trigger functions that work out which documents a statement touched;
--  3. the views that compute a document from the records (search_*_content, read by LuceneSearchIndex);
--  4. the triggers on the records' tables.
-- The tables (search_change) are in the versioned migrations; these definitions are nowhere else live. Flyway
-- runs this file after the versioned migrations and again whenever it changes: every statement replaces what is
-- there, and the views are dropped and made again so that a view may gain or lose columns.
--
-- The triggers only note, in the writing transaction, which documents changed; every instance reads the outbox
-- before it searches and re-reads those documents from the views. Statement-level with transition tables: one
-- note per statement, however many rows. A bulk load may set kuzet.search_refresh = off for its session (or
-- session_replication_role = replica) and run search-reindex afterwards.

-- ---------------------------------------------------------------- the outbox

-- Notes the documents of the given records as changed (record gone or not: the index re-reads and finds out).
create or replace function search_refresh(p_type text, p_ids bigint[]) returns void language plpgsql as $$
begin
    if p_ids is null or cardinality(p_ids) = 0
       or coalesce(current_setting('kuzet.search_refresh', true), '') = 'off' then
        return;
    end if;
    insert into search_change (doc_type, record_id) select distinct p_type, x from unnest(p_ids) x where x is not null;
end
$$;

-- A large first load of incidents notes every incident at once (one row, record_id null: the index re-reads the
-- type) instead of a row per incident: at a million incidents those rows and their index were a million writes
-- more in the import, and a million changes for every instance to read back one by one. Like search_refresh, it
-- notes nothing while kuzet.search_refresh is off.
create or replace function search_refresh_type(p_type text) returns void language plpgsql as $$
begin
    if coalesce(current_setting('kuzet.search_refresh', true), '') = 'off' then
        return;
    end if;
    insert into search_change (doc_type, record_id) values (p_type, null);
end
$$;

-- Emptying a table: every document of its type (and of the types whose visibility follows from it) is re-read.
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

-- ---------------------------------------------------------------- which documents a statement touched

-- incident: its document; when its state changes, whether its actors, sources and legal cases are public
create or replace function search_on_incident() returns trigger language plpgsql as $$
declare
    ids bigint[];
    republished bigint[];
begin
    if tg_op = 'DELETE' then
        select array_agg(id) into ids from old_rows;
    else
        select array_agg(id) into ids from new_rows;
    end if;
    perform search_refresh('incident', ids);
    if tg_op = 'UPDATE' then
        select array_agg(n.id) into republished from new_rows n join old_rows o on o.id = n.id
        where n.workflow_state is distinct from o.workflow_state;
        if republished is not null then
            perform search_refresh('actor', array(
                select actor_id from incident_victim where incident_id = any (republished) and actor_id is not null
                union select actor_id from incident_perpetrator where incident_id = any (republished) and actor_id is not null
                union select s.outlet_actor_id from incident_source x join source s on s.id = x.source_id
                      where x.incident_id = any (republished) and s.outlet_actor_id is not null));
            perform search_refresh('source', array(
                select source_id from incident_source where incident_id = any (republished)));
            perform search_refresh('legal_case', array(
                select case_id from legal_case_incident where incident_id = any (republished)));
        end if;
    end if;
    return null;
end
$$;


-- incident_victim and incident_perpetrator: the incident's text and facets, and whether the actor is public
create or replace function search_on_incident_party() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform search_refresh('incident', array(select distinct incident_id from new_rows));
        perform search_refresh('actor', array(select distinct actor_id from new_rows where actor_id is not null));
    elsif tg_op = 'DELETE' then
        perform search_refresh('incident', array(select distinct incident_id from old_rows));
        perform search_refresh('actor', array(select distinct actor_id from old_rows where actor_id is not null));
    else
        perform search_refresh('incident', array(select incident_id from new_rows union select incident_id from old_rows));
        perform search_refresh('actor', array(select actor_id from new_rows where actor_id is not null
                                              union select actor_id from old_rows where actor_id is not null));
    end if;
    return null;
end
$$;

create or replace function search_on_incident_category() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform search_refresh('incident', array(select distinct incident_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform search_refresh('incident', array(select distinct incident_id from old_rows));
    else
        perform search_refresh('incident', array(select incident_id from new_rows union select incident_id from old_rows));
    end if;
    return null;
end
$$;

-- incident_source: the incident's outlets, whether the source (and its outlet) is public
create or replace function search_on_incident_source() returns trigger language plpgsql as $$
declare
    incidents bigint[];
    sources bigint[];
begin
    if tg_op = 'INSERT' then
        incidents := array(select distinct incident_id from new_rows);
        sources := array(select distinct source_id from new_rows);
    elsif tg_op = 'DELETE' then
        incidents := array(select distinct incident_id from old_rows);
        sources := array(select distinct source_id from old_rows);
    else
        incidents := array(select incident_id from new_rows union select incident_id from old_rows);
        sources := array(select source_id from new_rows union select source_id from old_rows);
    end if;
    perform search_refresh('incident', incidents);
    perform search_refresh('source', sources);
    perform search_refresh('actor', array(select distinct outlet_actor_id from source
                                          where id = any (sources) and outlet_actor_id is not null));
    return null;
end
$$;

create or replace function search_on_actor() returns trigger language plpgsql as $$
declare
    ids bigint[];
begin
    if tg_op = 'DELETE' then
        ids := array(select id from old_rows);
    else
        ids := array(select id from new_rows);
    end if;
    perform search_refresh('actor', ids);
    if tg_op = 'UPDATE' then
        -- an outlet's name is a facet value of the sources and incidents that cite it
        ids := array(select n.id from new_rows n join old_rows o on o.id = n.id where n.name <> o.name);
        perform search_refresh('source', array(select id from source where outlet_actor_id = any (ids)));
        perform search_refresh('incident', array(select x.incident_id from incident_source x
                                                 join source s on s.id = x.source_id
                                                 where s.outlet_actor_id = any (ids)));
    end if;
    return null;
end
$$;

create or replace function search_on_actor_alias() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform search_refresh('actor', array(select distinct actor_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform search_refresh('actor', array(select distinct actor_id from old_rows));
    else
        perform search_refresh('actor', array(select actor_id from new_rows union select actor_id from old_rows));
    end if;
    return null;
end
$$;

create or replace function search_on_source() returns trigger language plpgsql as $$
declare
    ids bigint[];
begin
    if tg_op = 'DELETE' then
        ids := array(select id from old_rows);
    else
        ids := array(select id from new_rows);
    end if;
    perform search_refresh('source', ids);
    if tg_op = 'UPDATE' then
        -- outlets and confidentiality of a source are facets of the incidents citing it
        perform search_refresh('incident', array(select distinct incident_id from incident_source
                                                 where source_id = any (ids)));
        perform search_refresh('actor', array(select outlet_actor_id from new_rows where outlet_actor_id is not null
                                              union select outlet_actor_id from old_rows where outlet_actor_id is not null));
    end if;
    return null;
end
$$;

create or replace function search_on_legal_case() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform search_refresh('legal_case', array(select id from old_rows));
    else
        perform search_refresh('legal_case', array(select id from new_rows));
    end if;
    return null;
end
$$;

-- legal_case_party, legal_case_event, legal_case_incident: the case's text or its visibility
create or replace function search_on_legal_case_part() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform search_refresh('legal_case', array(select distinct case_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform search_refresh('legal_case', array(select distinct case_id from old_rows));
    else
        perform search_refresh('legal_case', array(select case_id from new_rows union select case_id from old_rows));
    end if;
    return null;
end
$$;

create or replace function search_on_article() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform search_refresh('article', array(select id from old_rows));
    else
        perform search_refresh('article', array(select id from new_rows));
    end if;
    return null;
end
$$;

-- ---------------------------------------------------------------- the documents, computed from the records
-- One view per document type, each with the same columns, and search_content their union. Every document names
-- its author (the account that wrote the record, null for records nobody writes as an author: actors, legal
-- cases, news articles), so a correspondent can search their own records' staff text. A source's visibility and
-- text follow source_hidden (R__source.sql).

drop view if exists search_content, search_incident_content, search_actor_content, search_source_content,
    search_legal_case_content, search_article_content, search_place_region;

-- The region or city of republican significance of every place (itself, if it is one).
create view search_place_region as
with recursive tree (code, region_code) as (
    select code, code from place where kind in ('region', 'city_of_republican_significance')
    union all
    select p.code, t.region_code from place p join tree t on p.parent_code = t.code
    where p.kind not in ('region', 'city_of_republican_significance'))
select code, region_code from tree;

-- An incident: public text (title and summary with their translations, parties, place and categories in three
-- languages), staff text (the rejection reason), and the facets the portal and the search count by. Confidential
-- notes and victims' contacts are sealed (org.kuzet.crypto) and not indexed at all (docs/security.md).
create view search_incident_content as
select 'incident'::text as doc_type, i.id as record_id, i.workflow_state = 'published' as published, i.title,
       i.occurred_on as doc_date,
       concat_ws(' ', i.title, i.summary, translated_texts(i.translations), v.names, pe.names, pl.names, ca.labels)
           as public_text,
       coalesce(i.rejection_reason, '') as staff_text,
       concat_ws(' ', v.names, pe.names) as names,
       pc.group_code, ca.codes as category_codes, pr.region_code,
       extract(year from i.occurred_on)::smallint as year,
       case when i.date_precision in ('day', 'month') then extract(month from i.occurred_on)::smallint end as month,
       i.workflow_state, i.verification,
       coalesce(v.kinds, '{}') as victim_kinds, coalesce(pe.types, '{}') as perpetrator_types,
       coalesce(so.outlets, '{}') as outlets,
       i.created_by as author
from incident i
join category pc on pc.code = i.primary_category
left join search_place_region pr on pr.code = i.place_code
cross join lateral (
    select string_agg(concat_ws(' ', x.name, x.role), ' ' order by x.position) as names,
           array_agg(distinct x.victim_kind order by x.victim_kind) as kinds
    from incident_victim x where x.incident_id = i.id) v
cross join lateral (
    select string_agg(x.name, ' ' order by x.position) as names,
           array_agg(distinct x.perpetrator_type order by x.perpetrator_type) as types
    from incident_perpetrator x where x.incident_id = i.id) pe
cross join lateral (
    select string_agg(concat_ws(' ', c.label_en, c.label_ru, c.label_kk), ' ') as labels,
           array_agg(c.code order by c.code) as codes
    from category c
    where c.code = i.primary_category
       or c.code in (select ic.category_code from incident_category ic where ic.incident_id = i.id)) ca
cross join lateral (
    select concat_ws(' ', p.name_en, p.name_ru, p.name_kk, r.name_en, r.name_ru, r.name_kk) as names
    from (select 1) one
    left join place p on p.code = i.place_code
    left join place r on r.code = pr.region_code and r.code <> p.code) pl
cross join lateral (
    -- outlets of the sources that are not hidden: the public may count by them
    select array_agg(distinct coalesce(a.name, s.outlet_name) order by coalesce(a.name, s.outlet_name)) as outlets
    from incident_source isrc
    join source s on s.id = isrc.source_id
    left join actor a on a.id = s.outlet_actor_id
    where isrc.incident_id = i.id and not source_hidden(s.kind, s.confidential)
      and coalesce(a.name, s.outlet_name) is not null) so;

-- An actor is public once a published incident names it (victim, perpetrator, outlet of a public source).
create view search_actor_content as
select 'actor'::text as doc_type, a.id as record_id,
       exists (select 1 from incident_victim x join incident i on i.id = x.incident_id
               where x.actor_id = a.id and i.workflow_state = 'published')
       or exists (select 1 from incident_perpetrator x join incident i on i.id = x.incident_id
                  where x.actor_id = a.id and i.workflow_state = 'published')
       or exists (select 1 from source s join incident_source isrc on isrc.source_id = s.id
                  join incident i on i.id = isrc.incident_id
                  where s.outlet_actor_id = a.id and not source_hidden(s.kind, s.confidential)
                    and i.workflow_state = 'published')
           as published,
       a.name as title, null::date as doc_date,
       concat_ws(' ', a.name, al.aliases, a.description, translated_texts(a.translations)) as public_text,
       '' as staff_text,
       concat_ws(' ', a.name, al.aliases) as names,
       null::text as group_code, '{}'::text[] as category_codes, null::text as region_code,
       null::smallint as year, null::smallint as month, null::text as workflow_state, null::text as verification,
       '{}'::text[] as victim_kinds, '{}'::text[] as perpetrator_types, '{}'::text[] as outlets,
       null::text as author
from actor a
cross join lateral (select string_agg(x.alias, ' ' order by x.alias) as aliases
                    from actor_alias x where x.actor_id = a.id) al;

-- A source is public when it is not hidden and a published incident cites it; a hidden source keeps its title and
-- outlet on the staff side, for its author and monitors up. Its archived text and every correspondent are sealed
-- (org.kuzet.crypto) and not indexed at all (docs/security.md).
create view search_source_content as
select 'source'::text as doc_type, s.id as record_id,
       not h.hidden and exists (select 1 from incident_source isrc join incident i on i.id = isrc.incident_id
                                where isrc.source_id = s.id and i.workflow_state = 'published') as published,
       coalesce(nullif(s.title, ''), coalesce(a.name, s.outlet_name), s.url, s.kind) as title,
       s.published_on as doc_date,
       case when h.hidden then '' else concat_ws(' ', s.title, coalesce(a.name, s.outlet_name), s.archived_text) end
           as public_text,
       case when h.hidden then concat_ws(' ', s.title, coalesce(a.name, s.outlet_name)) else '' end as staff_text,
       case when h.hidden then '' else coalesce(a.name, s.outlet_name, '') end as names,
       null::text as group_code, '{}'::text[] as category_codes, null::text as region_code,
       extract(year from s.published_on)::smallint as year, extract(month from s.published_on)::smallint as month,
       null::text as workflow_state, null::text as verification,
       '{}'::text[] as victim_kinds, '{}'::text[] as perpetrator_types,
       case when h.hidden or coalesce(a.name, s.outlet_name) is null then '{}'::text[]
            else array[coalesce(a.name, s.outlet_name)] end as outlets,
       s.created_by as author
from source s
cross join lateral (select source_hidden(s.kind, s.confidential) as hidden) h
left join actor a on a.id = s.outlet_actor_id;

-- A legal case is public unless it is linked to an incident that is not published (as the case list shows it).
-- It holds no confidential text, and no author: everything is public text.
create view search_legal_case_content as
select 'legal_case'::text as doc_type, c.id as record_id,
       not exists (select 1 from legal_case_incident ci join incident i on i.id = ci.incident_id
                   where ci.case_id = c.id and i.workflow_state <> 'published') as published,
       c.title, c.opened_on as doc_date,
       concat_ws(' ', c.title, translated_texts(c.translations), c.court, la.article, la.label_en, la.label_ru,
           la.label_kk, pa.names, ev.texts) as public_text,
       '' as staff_text,
       coalesce(pa.names, '') as names,
       null::text as group_code, '{}'::text[] as category_codes, null::text as region_code,
       extract(year from c.opened_on)::smallint as year,
       case when c.opened_precision in ('day', 'month') then extract(month from c.opened_on)::smallint end as month,
       null::text as workflow_state, null::text as verification,
       '{}'::text[] as victim_kinds, '{}'::text[] as perpetrator_types, '{}'::text[] as outlets,
       null::text as author
from legal_case c
left join legal_article la on la.code = c.basis
cross join lateral (select string_agg(p.name, ' ' order by p.position) as names
                    from legal_case_party p where p.case_id = c.id) pa
cross join lateral (select string_agg(e.description, ' ' order by e.position) as texts
                    from legal_case_event e where e.case_id = c.id) ev;

-- The articles triage read are working material of the staff: never public, all their text staff-only. A report
-- told to Kuzet directly (the public form, a correspondent's phone) is sealed (org.kuzet.crypto) and not indexed.
create view search_article_content as
select 'article'::text as doc_type, a.id as record_id, false as published,
       case when a.text like 'kzc1:%' then 'article ' || a.id
            else coalesce(nullif(a.title, ''), nullif(a.outlet, ''), a.url, 'article ' || a.id) end as title,
       (a.fetched_at at time zone 'Asia/Almaty')::date as doc_date,
       '' as public_text,
       case when a.text like 'kzc1:%' then '' else concat_ws(' ', a.title, nullif(a.outlet, ''), a.text) end
           as staff_text,
       '' as names,
       null::text as group_code, '{}'::text[] as category_codes, null::text as region_code,
       extract(year from a.fetched_at at time zone 'Asia/Almaty')::smallint as year,
       extract(month from a.fetched_at at time zone 'Asia/Almaty')::smallint as month,
       null::text as workflow_state, null::text as verification,
       '{}'::text[] as victim_kinds, '{}'::text[] as perpetrator_types,
       case when a.outlet = '' then '{}'::text[] else array[a.outlet] end as outlets,
       null::text as author
from triage_article a;

create view search_content as
select * from search_incident_content
union all select * from search_actor_content
union all select * from search_source_content
union all select * from search_legal_case_content
union all select * from search_article_content;

-- ---------------------------------------------------------------- the triggers on the records' tables
-- The triggers name their functions explicitly here; the procedure search_add_triggers that V50 and V52 made them
-- with is not needed any more.
drop procedure if exists search_add_triggers(text, text);

create or replace trigger incident_search_ins after insert on incident
    referencing new table as new_rows
    for each statement execute function search_on_incident();
create or replace trigger incident_search_upd after update on incident
    referencing old table as old_rows new table as new_rows
    for each statement execute function search_on_incident();
create or replace trigger incident_search_del after delete on incident
    referencing old table as old_rows
    for each statement execute function search_on_incident();
create or replace trigger incident_search_truncate after truncate on incident
    for each statement execute function search_on_truncate('incident');

create or replace trigger incident_victim_search_ins after insert on incident_victim
    referencing new table as new_rows
    for each statement execute function search_on_incident_party();
create or replace trigger incident_victim_search_upd after update on incident_victim
    referencing old table as old_rows new table as new_rows
    for each statement execute function search_on_incident_party();
create or replace trigger incident_victim_search_del after delete on incident_victim
    referencing old table as old_rows
    for each statement execute function search_on_incident_party();
create or replace trigger incident_perpetrator_search_ins after insert on incident_perpetrator
    referencing new table as new_rows
    for each statement execute function search_on_incident_party();
create or replace trigger incident_perpetrator_search_upd after update on incident_perpetrator
    referencing old table as old_rows new table as new_rows
    for each statement execute function search_on_incident_party();
create or replace trigger incident_perpetrator_search_del after delete on incident_perpetrator
    referencing old table as old_rows
    for each statement execute function search_on_incident_party();
create or replace trigger incident_category_search_ins after insert on incident_category
    referencing new table as new_rows
    for each statement execute function search_on_incident_category();
create or replace trigger incident_category_search_upd after update on incident_category
    referencing old table as old_rows new table as new_rows
    for each statement execute function search_on_incident_category();
create or replace trigger incident_category_search_del after delete on incident_category
    referencing old table as old_rows
    for each statement execute function search_on_incident_category();
create or replace trigger incident_source_search_ins after insert on incident_source
    referencing new table as new_rows
    for each statement execute function search_on_incident_source();
create or replace trigger incident_source_search_upd after update on incident_source
    referencing old table as old_rows new table as new_rows
    for each statement execute function search_on_incident_source();
create or replace trigger incident_source_search_del after delete on incident_source
    referencing old table as old_rows
    for each statement execute function search_on_incident_source();

create or replace trigger actor_search_ins after insert on actor
    referencing new table as new_rows
    for each statement execute function search_on_actor();
create or replace trigger actor_search_upd after update on actor
    referencing old table as old_rows new table as new_rows
    for each statement execute function search_on_actor();
create or replace trigger actor_search_del after delete on actor
    referencing old table as old_rows
    for each statement execute function search_on_actor();
create or replace trigger actor_search_truncate after truncate on actor
    for each statement execute function search_on_truncate('actor');
create or replace trigger actor_alias_search_ins after insert on actor_alias
    referencing new table as new_rows
    for each statement execute function search_on_actor_alias();
create or replace trigger actor_alias_search_upd after update on actor_alias
    referencing old table as old_rows new table as new_rows
    for each statement execute function search_on_actor_alias();
create or replace trigger actor_alias_search_del after delete on actor_alias
    referencing old table as old_rows
    for each statement execute function search_on_actor_alias();

create or replace trigger source_search_ins after insert on source
    referencing new table as new_rows
    for each statement execute function search_on_source();
create or replace trigger source_search_upd after update on source
    referencing old table as old_rows new table as new_rows
    for each statement execute function search_on_source();
create or replace trigger source_search_del after delete on source
    referencing old table as old_rows
    for each statement execute function search_on_source();
create or replace trigger source_search_truncate after truncate on source
    for each statement execute function search_on_truncate('source');

create or replace trigger legal_case_search_ins after insert on legal_case
    referencing new table as new_rows
    for each statement execute function search_on_legal_case();
create or replace trigger legal_case_search_upd after update on legal_case
    referencing old table as old_rows new table as new_rows
    for each statement execute function search_on_legal_case();
create or replace trigger legal_case_search_del after delete on legal_case
    referencing old table as old_rows
    for each statement execute function search_on_legal_case();
create or replace trigger legal_case_search_truncate after truncate on legal_case
    for each statement execute function search_on_truncate('legal_case');
create or replace trigger legal_case_party_search_ins after insert on legal_case_party
    referencing new table as new_rows
    for each statement execute function search_on_legal_case_part();
create or replace trigger legal_case_party_search_upd after update on legal_case_party
    referencing old table as old_rows new table as new_rows
    for each statement execute function search_on_legal_case_part();
create or replace trigger legal_case_party_search_del after delete on legal_case_party
    referencing old table as old_rows
    for each statement execute function search_on_legal_case_part();
create or replace trigger legal_case_event_search_ins after insert on legal_case_event
    referencing new table as new_rows
    for each statement execute function search_on_legal_case_part();
create or replace trigger legal_case_event_search_upd after update on legal_case_event
    referencing old table as old_rows new table as new_rows
    for each statement execute function search_on_legal_case_part();
create or replace trigger legal_case_event_search_del after delete on legal_case_event
    referencing old table as old_rows
    for each statement execute function search_on_legal_case_part();
create or replace trigger legal_case_incident_search_ins after insert on legal_case_incident
    referencing new table as new_rows
    for each statement execute function search_on_legal_case_part();
create or replace trigger legal_case_incident_search_upd after update on legal_case_incident
    referencing old table as old_rows new table as new_rows
    for each statement execute function search_on_legal_case_part();
create or replace trigger legal_case_incident_search_del after delete on legal_case_incident
    referencing old table as old_rows
    for each statement execute function search_on_legal_case_part();

create or replace trigger triage_article_search_ins after insert on triage_article
    referencing new table as new_rows
    for each statement execute function search_on_article();
create or replace trigger triage_article_search_upd after update on triage_article
    referencing old table as old_rows new table as new_rows
    for each statement execute function search_on_article();
create or replace trigger triage_article_search_del after delete on triage_article
    referencing old table as old_rows
    for each statement execute function search_on_article();
create or replace trigger triage_article_search_truncate after truncate on triage_article
    for each statement execute function search_on_truncate('article');
