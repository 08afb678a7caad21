-- Search moves to a Lucene index kept by the application (org.kuzet.search.LuceneSearchIndex). The database no
-- longer builds search documents in the writing transaction: its triggers only note which documents changed, in
-- the outbox search_change, one cheap row per document. Every instance reads the outbox before it searches and
-- re-reads those documents from the search_*_content views. What V50/V51 built for searching inside PostgreSQL
-- (the document table, vectors, the known-names table, the SQL copy of the spelling folding) goes.

-- One row per document a committed transaction touched. tx is the writing transaction's id: an instance that has
-- read everything up to the xmin of some snapshot reads the rows with tx >= that xmin next time, which includes
-- every transaction that was still running or not yet begun then. record_id null: every document of the type.
create table search_change (
    id         bigserial primary key,
    doc_type   text not null,
    record_id  bigint,
    tx         xid8 not null default pg_current_xact_id(),
    changed_at timestamptz not null default now()
);
create index search_change_tx_idx on search_change (tx);
comment on table search_change is 'reference data: derived, the outbox of changed search documents (kept a day)';

-- The triggers of V50 call this for the documents a statement touched; now it only notes them. A bulk load may
-- set kuzet.search_refresh = off for its session (or session_replication_role = replica) and run search-reindex.
create or replace function search_refresh(p_type text, p_ids bigint[]) returns void language plpgsql as $$
begin
    if p_ids is null or cardinality(p_ids) = 0
       or coalesce(current_setting('kuzet.search_refresh', true), '') = 'off' then
        return;
    end if;
    insert into search_change (doc_type, record_id) select distinct p_type, x from unnest(p_ids) x where x is not null;
end
$$;

-- Emptying a table: every document of its type (and of the types whose visibility follows from it) is re-read.
create or replace function search_on_truncate() returns trigger language plpgsql as $$
begin
    if coalesce(current_setting('kuzet.search_refresh', true), '') = 'off' then
        return null;
    end if;
    insert into search_change (doc_type, record_id) values (tg_argv[0], null);
    if tg_argv[0] = 'incident' then
        insert into search_change (doc_type, record_id) values ('actor', null), ('source', null), ('legal_case', null);
    end if;
    return null;
end
$$;

drop function search_reindex_batch(text, bigint, int);
drop function search_add_place_names();
drop function search_create_indexes();
drop function search_drop_indexes();
drop function search_word_query(text, text);
drop function search_phrase_query(text, text);
drop function search_vector(text, text);
drop function search_spelling_key(text);
drop table search_document;
-- search_name and search_document_type go too, but only after V59 (which comments on them) has run: see
-- R__search_retired_tables.sql
truncate search_name, search_document_type;

-- ---------------------------------------------------------------- legal cases
-- A legal case is public unless it is linked to an incident that is not published (as the case list shows it).
-- It holds no confidential text: everything is public text.
create view search_legal_case_content as
select 'legal_case'::text as doc_type, c.id as record_id,
       not exists (select 1 from legal_case_incident ci join incident i on i.id = ci.incident_id
                   where ci.case_id = c.id and i.workflow_state <> 'published') as published,
       c.title, c.opened_on as doc_date,
       concat_ws(' ', c.title, c.court, la.article, la.label_en, la.label_ru, la.label_kk, pa.names, ev.texts)
           as public_text,
       '' as staff_text,
       coalesce(pa.names, '') as names,
       null::text as group_code, '{}'::text[] as category_codes, null::text as region_code,
       extract(year from c.opened_on)::smallint as year,
       case when c.opened_precision in ('day', 'month') then extract(month from c.opened_on)::smallint end as month,
       null::text as workflow_state, null::text as verification,
       '{}'::text[] as victim_kinds, '{}'::text[] as perpetrator_types, '{}'::text[] as outlets
from legal_case c
left join legal_article la on la.code = c.basis
cross join lateral (select string_agg(p.name, ' ' order by p.position) as names
                    from legal_case_party p where p.case_id = c.id) pa
cross join lateral (select string_agg(e.description, ' ' order by e.position) as texts
                    from legal_case_event e where e.case_id = c.id) ev;

-- ---------------------------------------------------------------- news articles (triage)
-- The articles triage read are working material of the staff: never public, all their text staff-only.
create view search_article_content as
select 'article'::text as doc_type, a.id as record_id, false as published,
       coalesce(nullif(a.title, ''), nullif(a.outlet, ''), a.url, 'article ' || a.id) as title,
       (a.fetched_at at time zone 'Asia/Almaty')::date as doc_date,
       '' as public_text,
       concat_ws(' ', a.title, nullif(a.outlet, ''), a.text) as staff_text,
       '' as names,
       null::text as group_code, '{}'::text[] as category_codes, null::text as region_code,
       extract(year from a.fetched_at at time zone 'Asia/Almaty')::smallint as year,
       extract(month from a.fetched_at at time zone 'Asia/Almaty')::smallint as month,
       null::text as workflow_state, null::text as verification,
       '{}'::text[] as victim_kinds, '{}'::text[] as perpetrator_types,
       case when a.outlet = '' then '{}'::text[] else array[a.outlet] end as outlets
from triage_article a;

create or replace view search_content as
select * from search_incident_content
union all select * from search_actor_content
union all select * from search_source_content
union all select * from search_legal_case_content
union all select * from search_article_content;

-- an incident's state decides whether the legal cases linked to it are public
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

create function search_on_legal_case() returns trigger language plpgsql as $$
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
create function search_on_legal_case_part() returns trigger language plpgsql as $$
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

create function search_on_article() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform search_refresh('article', array(select id from old_rows));
    else
        perform search_refresh('article', array(select id from new_rows));
    end if;
    return null;
end
$$;

call search_add_triggers('legal_case', 'search_on_legal_case');
call search_add_triggers('legal_case_party', 'search_on_legal_case_part');
call search_add_triggers('legal_case_event', 'search_on_legal_case_part');
call search_add_triggers('legal_case_incident', 'search_on_legal_case_part');
call search_add_triggers('triage_article', 'search_on_article');

create trigger legal_case_search_truncate after truncate on legal_case
    for each statement execute function search_on_truncate('legal_case');
create trigger triage_article_search_truncate after truncate on triage_article
    for each statement execute function search_on_truncate('article');
