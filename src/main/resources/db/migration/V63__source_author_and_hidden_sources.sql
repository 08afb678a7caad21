-- Sources get an author, and "hidden" (a confidential source, or a correspondent's report whatever flag it was
-- sent with) is decided by one rule that the source routes and the search documents both use.

-- The account that recorded the source (a username, like incident.created_by); null for sources recorded before
-- this, or by an import with nobody signed in. A hidden source is shown only to its author and to monitors up.
alter table source add column created_by text;

-- org.kuzet.source.SourceInput.hidden() in SQL: the source routes (SourceStore) and the search views below call
-- this, so neither can forget the kind. Change both together.
create function source_hidden(p_kind text, p_confidential boolean) returns boolean
    language sql immutable parallel safe
return p_confidential or p_kind = 'correspondent_report';

-- Reports stored with confidential = false (before the source module stored the rule at the door) are marked,
-- and no report can be stored unmarked again: every reader that looks at the flag alone is right too.
update source set confidential = true where kind = 'correspondent_report' and not confidential;
alter table source add constraint source_report_is_confidential check (kind <> 'correspondent_report' or confidential);

-- The search documents (V50, V52) again, with two changes: a source's visibility and text follow source_hidden,
-- and every document names its author (the account that wrote the record, null for records nobody writes as an
-- author: actors, legal cases, news articles), so a correspondent can search their own records' staff text.
create or replace view search_incident_content as
select 'incident'::text as doc_type, i.id as record_id, i.workflow_state = 'published' as published, i.title,
       i.occurred_on as doc_date,
       concat_ws(' ', i.title, i.summary, v.names, pe.names, pl.names, ca.labels) as public_text,
       concat_ws(' ', i.confidential_notes, i.rejection_reason, v.contacts) as staff_text,
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
           array_agg(distinct x.victim_kind order by x.victim_kind) as kinds,
           string_agg(x.contact, ' ') as contacts
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

create or replace view search_actor_content as
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
       concat_ws(' ', a.name, al.aliases, a.description) as public_text,
       '' as staff_text,
       concat_ws(' ', a.name, al.aliases) as names,
       null::text as group_code, '{}'::text[] as category_codes, null::text as region_code,
       null::smallint as year, null::smallint as month, null::text as workflow_state, null::text as verification,
       '{}'::text[] as victim_kinds, '{}'::text[] as perpetrator_types, '{}'::text[] as outlets,
       null::text as author
from actor a
cross join lateral (select string_agg(x.alias, ' ' order by x.alias) as aliases
                    from actor_alias x where x.actor_id = a.id) al;

-- A source is public when it is not hidden and a published incident cites it; a hidden source keeps all of its
-- text on the staff side, for its author and monitors up.
create or replace view search_source_content as
select 'source'::text as doc_type, s.id as record_id,
       not h.hidden and exists (select 1 from incident_source isrc join incident i on i.id = isrc.incident_id
                                where isrc.source_id = s.id and i.workflow_state = 'published') as published,
       coalesce(nullif(s.title, ''), coalesce(a.name, s.outlet_name), s.url, s.kind) as title,
       s.published_on as doc_date,
       case when h.hidden then '' else concat_ws(' ', s.title, coalesce(a.name, s.outlet_name), s.archived_text) end
           as public_text,
       case when h.hidden then concat_ws(' ', s.title, coalesce(a.name, s.outlet_name), s.archived_text, s.correspondent)
            else coalesce(s.correspondent, '') end as staff_text,
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

-- legal cases and news articles (V52) have no author: only monitors up read what of them is not public
create or replace view search_legal_case_content as
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
       '{}'::text[] as victim_kinds, '{}'::text[] as perpetrator_types, '{}'::text[] as outlets,
       null::text as author
from legal_case c
left join legal_article la on la.code = c.basis
cross join lateral (select string_agg(p.name, ' ' order by p.position) as names
                    from legal_case_party p where p.case_id = c.id) pa
cross join lateral (select string_agg(e.description, ' ' order by e.position) as texts
                    from legal_case_event e where e.case_id = c.id) ev;

create or replace view search_article_content as
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
       case when a.outlet = '' then '{}'::text[] else array[a.outlet] end as outlets,
       null::text as author
from triage_article a;

create or replace view search_content as
select * from search_incident_content
union all select * from search_actor_content
union all select * from search_source_content
union all select * from search_legal_case_content
union all select * from search_article_content;
