-- Search: one document per searchable record, kept in step with the records by triggers in the same transaction.
-- Public text and staff-only text are kept in separate columns and separate vectors, so a public query (which
-- reads only published documents and only public_tsv) can never match, count or highlight confidential text.

create extension if not exists pg_trgm;

-- The same folding as org.kuzet.spelling.Spelling.key (ALGORITHM 1), step for step, so that the database can
-- index the spellings of a record in the transaction that changes it. SpellingSqlAgreementTest checks that both
-- give the same key for every alias of the gazetteer and every word of the seeds. Change both together.
create function search_spelling_key(name text) returns text
    language plpgsql immutable strict parallel safe as $$
declare
    k text := lower(name);
begin
    -- Java lower-cases every script; lower() here may follow a C locale, so Cyrillic capitals are mapped too.
    -- One translate and plain replaces: this runs over every indexed text, so each pass counts.
    k := translate(k, 'аәбвгғдеёзийікқлмнңоөпрстуұүфхһыэАӘБВГҒДЕЁЗИЙІКҚЛМНҢОӨПРСТУҰҮФХҺЫЭъьЪЬ',
                      'aabvggdeeziiikklmnnooprstuuufhhyeaabvggdeeziiikklmnnooprstuuufhhye');
    k := replace(replace(replace(replace(replace(replace(replace(k,
            'ж', 'zh'), 'ц', 'ts'), 'ч', 'ch'), 'ш', 'sh'), 'щ', 'sh'), 'ю', 'yu'), 'я', 'ya');
    k := replace(replace(replace(replace(replace(replace(replace(k,
            'Ж', 'zh'), 'Ц', 'ts'), 'Ч', 'ch'), 'Ш', 'sh'), 'Щ', 'sh'), 'Ю', 'yu'), 'Я', 'ya');
    -- only Latin letters with diacritics (and loose combining marks) can fold to a-z by decomposition
    if k ~ '[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]' then
        k := lower(regexp_replace(normalize(k, NFD),
                                  '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+', '', 'g'));
        k := replace(k, 'ı', 'i');
    end if;
    k := btrim(regexp_replace(k, '[^a-z0-9]+', ' ', 'g'));
    k := replace(replace(replace(replace(replace(replace(replace(replace(k,
            'dzh', 'zh'), 'j', 'zh'), 'kh', 'h'), 'q', 'k'), 'w', 'v'), 'x', 'ks'), 'ye', 'e'), 'y', 'i');
    return regexp_replace(k, '([a-z])\1+', '\1', 'g');
end
$$;

-- The words a text is found by: Russian stems (the russian configuration sends Latin words to the English
-- stemmer, so English is stemmed too) and the spelling-folded words (Kazakh, transliterations: Азаттық,
-- Azattyq and Azattyk all give "azattik"). Both in one vector so that one GIN index serves a query.
create function search_vector(title text, body text) returns tsvector
    language sql immutable parallel safe
return setweight(to_tsvector('russian', coalesce(title, '')), 'A')
    || setweight(to_tsvector('simple', coalesce(search_spelling_key(title), '')), 'A')
    || to_tsvector('russian', coalesce(body, ''))
    || to_tsvector('simple', coalesce(search_spelling_key(body), ''));

-- The query side of search_vector for one word or one quoted phrase; a Russian stop word asks for nothing.
create function search_word_query(word text, folded text) returns tsquery
    language sql immutable parallel safe
return case when numnode(plainto_tsquery('russian', word)) = 0 then ''::tsquery
            else plainto_tsquery('russian', word) || plainto_tsquery('simple', folded) end;

create function search_phrase_query(phrase text, folded text) returns tsquery
    language sql immutable parallel safe
return case when numnode(phraseto_tsquery('russian', phrase)) = 0 then ''::tsquery
            else phraseto_tsquery('russian', phrase) || phraseto_tsquery('simple', folded) end;

-- The searches of the documents' own views need these (a source's citing incidents, an outlet's sources).
create index if not exists incident_source_source_idx on incident_source (source_id);
create index if not exists source_outlet_actor_idx on source (outlet_actor_id);

create table search_document (
    doc_type          text    not null check (doc_type ~ '^[a-z_]+$'),
    record_id         bigint  not null,
    published         boolean not null,
    title             text    not null,
    doc_date          date,
    -- what the public may read of the record; empty for a confidential record
    public_text       text    not null,
    -- what only staff may read: confidential notes, contacts, correspondents, confidential sources
    staff_text        text    not null,
    -- the names in the record (victims, perpetrators, actor and aliases, outlet): the typo-tolerant vocabulary
    names             text    not null,
    group_code        text,
    category_codes    text[]  not null default '{}',
    region_code       text,
    year              smallint,
    month             smallint,
    workflow_state    text,
    verification      text,
    victim_kinds      text[]  not null default '{}',
    perpetrator_types text[]  not null default '{}',
    outlets           text[]  not null default '{}',
    public_tsv        tsvector not null,
    staff_tsv         tsvector,
    primary key (doc_type, record_id)
);

-- Every folded word of the names, once per audience: a misspelt name is corrected against this list (pg_trgm),
-- and a public query only against words of published names.
create table search_name (
    word   text    not null,
    public boolean not null,
    primary key (word, public)
);

-- The indexes are made by a function because a full reindex drops and remakes them (faster than updating them
-- row by row).
create function search_create_indexes() returns void language plpgsql as $$
begin
    create index if not exists search_document_public_tsv_idx on search_document using gin (public_tsv);
    create index if not exists search_document_staff_tsv_idx on search_document using gin (staff_tsv)
        where staff_tsv is not null;
    create index if not exists search_document_date_idx on search_document (doc_date desc nulls last);
    -- browsing by facets without words
    create index if not exists search_document_region_idx on search_document (region_code, year);
    create index if not exists search_document_year_idx on search_document (year, month);
    create index if not exists search_name_trgm_idx on search_name using gin (word gin_trgm_ops);
end
$$;

create function search_drop_indexes() returns void language plpgsql as $$
begin
    drop index if exists search_document_public_tsv_idx;
    drop index if exists search_document_staff_tsv_idx;
    drop index if exists search_document_date_idx;
    drop index if exists search_document_region_idx;
    drop index if exists search_document_year_idx;
    drop index if exists search_name_trgm_idx;
end
$$;

select search_create_indexes();

-- The region or city of republican significance of every place (itself, if it is one).
create view search_place_region as
with recursive tree (code, region_code) as (
    select code, code from place where kind in ('region', 'city_of_republican_significance')
    union all
    select p.code, t.region_code from place p join tree t on p.parent_code = t.code
    where p.kind not in ('region', 'city_of_republican_significance'))
select code, region_code from tree;

-- What a search document holds, computed from the records. One branch per document type; a legal case (or a
-- news article) becomes searchable by adding a branch here and triggers on its tables.
create view search_incident_content as
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
       coalesce(so.outlets, '{}') as outlets
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
    -- outlets of the sources that are not confidential: the public may count by them
    select array_agg(distinct coalesce(a.name, s.outlet_name) order by coalesce(a.name, s.outlet_name)) as outlets
    from incident_source isrc
    join source s on s.id = isrc.source_id
    left join actor a on a.id = s.outlet_actor_id
    where isrc.incident_id = i.id and not s.confidential and coalesce(a.name, s.outlet_name) is not null) so;

-- An actor is public once a published incident names it (victim, perpetrator, outlet of a public source).
create view search_actor_content as
select 'actor'::text as doc_type, a.id as record_id,
       exists (select 1 from incident_victim x join incident i on i.id = x.incident_id
               where x.actor_id = a.id and i.workflow_state = 'published')
       or exists (select 1 from incident_perpetrator x join incident i on i.id = x.incident_id
                  where x.actor_id = a.id and i.workflow_state = 'published')
       or exists (select 1 from source s join incident_source isrc on isrc.source_id = s.id
                  join incident i on i.id = isrc.incident_id
                  where s.outlet_actor_id = a.id and not s.confidential and i.workflow_state = 'published')
           as published,
       a.name as title, null::date as doc_date,
       concat_ws(' ', a.name, al.aliases, a.description) as public_text,
       '' as staff_text,
       concat_ws(' ', a.name, al.aliases) as names,
       null::text as group_code, '{}'::text[] as category_codes, null::text as region_code,
       null::smallint as year, null::smallint as month, null::text as workflow_state, null::text as verification,
       '{}'::text[] as victim_kinds, '{}'::text[] as perpetrator_types, '{}'::text[] as outlets
from actor a
cross join lateral (select string_agg(x.alias, ' ' order by x.alias) as aliases
                    from actor_alias x where x.actor_id = a.id) al;

-- A source is public when it is not confidential and a published incident cites it; a confidential source keeps
-- all of its text on the staff side.
create view search_source_content as
select 'source'::text as doc_type, s.id as record_id,
       not s.confidential and exists (select 1 from incident_source isrc join incident i on i.id = isrc.incident_id
                                      where isrc.source_id = s.id and i.workflow_state = 'published') as published,
       coalesce(nullif(s.title, ''), coalesce(a.name, s.outlet_name), s.url, s.kind) as title,
       s.published_on as doc_date,
       case when s.confidential then '' else concat_ws(' ', s.title, coalesce(a.name, s.outlet_name), s.archived_text) end
           as public_text,
       case when s.confidential then concat_ws(' ', s.title, coalesce(a.name, s.outlet_name), s.archived_text, s.correspondent)
            else coalesce(s.correspondent, '') end as staff_text,
       case when s.confidential then '' else coalesce(a.name, s.outlet_name, '') end as names,
       null::text as group_code, '{}'::text[] as category_codes, null::text as region_code,
       extract(year from s.published_on)::smallint as year, extract(month from s.published_on)::smallint as month,
       null::text as workflow_state, null::text as verification,
       '{}'::text[] as victim_kinds, '{}'::text[] as perpetrator_types,
       case when s.confidential or coalesce(a.name, s.outlet_name) is null then '{}'::text[]
            else array[coalesce(a.name, s.outlet_name)] end as outlets
from source s
left join actor a on a.id = s.outlet_actor_id;

create view search_content as
select * from search_incident_content
union all select * from search_actor_content
union all select * from search_source_content;

-- Brings the documents of the given records up to date, or removes them when the record is gone. One statement,
-- set-based: a COPY of many rows refreshes their documents in one go (statement triggers below).
create function search_refresh(p_type text, p_ids bigint[]) returns void language plpgsql as $$
begin
    if p_ids is null or cardinality(p_ids) = 0
       or coalesce(current_setting('kuzet.search_refresh', true), '') = 'off' then
        return;
    end if;
    with fresh as materialized (
        select c.*, search_vector(c.title, c.public_text) as public_tsv,
               case when c.staff_text <> '' then search_vector('', c.staff_text) end as staff_tsv
        from search_content c where c.doc_type = p_type and c.record_id = any (p_ids)),
    gone as (
        delete from search_document d where d.doc_type = p_type and d.record_id = any (p_ids)
            and not exists (select 1 from fresh f where f.record_id = d.record_id)),
    saved as (
        insert into search_document select * from fresh
        on conflict (doc_type, record_id) do update set
            published = excluded.published, title = excluded.title, doc_date = excluded.doc_date,
            public_text = excluded.public_text, staff_text = excluded.staff_text, names = excluded.names,
            group_code = excluded.group_code, category_codes = excluded.category_codes,
            region_code = excluded.region_code, year = excluded.year, month = excluded.month,
            workflow_state = excluded.workflow_state, verification = excluded.verification,
            victim_kinds = excluded.victim_kinds, perpetrator_types = excluded.perpetrator_types,
            outlets = excluded.outlets, public_tsv = excluded.public_tsv, staff_tsv = excluded.staff_tsv)
    insert into search_name (word, public)
    select distinct w, f.published from fresh f, regexp_split_to_table(search_spelling_key(f.names), ' ') w
    where length(w) >= 3
    on conflict do nothing;
end
$$;

-- ---------------------------------------------------------------- triggers: the documents follow the records
-- Statement-level with transition tables: one refresh per statement, however many rows (a COPY of a hundred
-- thousand incidents is one set-based refresh). The refresh runs inside the writing transaction, so a record is
-- searchable exactly when its change commits, and never before. A bulk load may set kuzet.search_refresh = off
-- for its session and run search-reindex afterwards.

create function search_on_incident() returns trigger language plpgsql as $$
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
        -- whether the actors and sources of an incident are public follows from its being published
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
        end if;
    end if;
    return null;
end
$$;

-- incident_victim and incident_perpetrator: the incident's text and facets, and whether the actor is public
create function search_on_incident_party() returns trigger language plpgsql as $$
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

create function search_on_incident_category() returns trigger language plpgsql as $$
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
create function search_on_incident_source() returns trigger language plpgsql as $$
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

create function search_on_actor() returns trigger language plpgsql as $$
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

create function search_on_actor_alias() returns trigger language plpgsql as $$
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

create function search_on_source() returns trigger language plpgsql as $$
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

create procedure search_add_triggers(p_table text, p_function text) language plpgsql as $$
begin
    execute format('create trigger %I after insert on %I referencing new table as new_rows
                    for each statement execute function %I()', p_table || '_search_ins', p_table, p_function);
    execute format('create trigger %I after update on %I referencing old table as old_rows new table as new_rows
                    for each statement execute function %I()', p_table || '_search_upd', p_table, p_function);
    execute format('create trigger %I after delete on %I referencing old table as old_rows
                    for each statement execute function %I()', p_table || '_search_del', p_table, p_function);
end
$$;

call search_add_triggers('incident', 'search_on_incident');
call search_add_triggers('incident_victim', 'search_on_incident_party');
call search_add_triggers('incident_perpetrator', 'search_on_incident_party');
call search_add_triggers('incident_category', 'search_on_incident_category');
call search_add_triggers('incident_source', 'search_on_incident_source');
call search_add_triggers('actor', 'search_on_actor');
call search_add_triggers('actor_alias', 'search_on_actor_alias');
call search_add_triggers('source', 'search_on_source');

-- The records each document type is made from; search-reindex walks these tables. A later migration adds a row
-- (and a branch of search_content, and triggers) for legal cases and news articles.
create table search_document_type (
    doc_type     text primary key,
    record_table text not null
);
insert into search_document_type values ('incident', 'incident'), ('actor', 'actor'), ('source', 'source');

-- The words of the gazetteer's names are known words too: Kostanay is a place, not a misspelt Kostanaev.
create function search_add_place_names() returns void language sql as $$
    insert into search_name (word, public)
    select distinct w, true from place_alias, regexp_split_to_table(search_spelling_key(alias), ' ') w
    where length(w) >= 3
    union
    select distinct w, true from place, regexp_split_to_table(search_spelling_key(concat_ws(' ', name_en, name_ru, name_kk)), ' ') w
    where length(w) >= 3
    on conflict do nothing;
$$;
select search_add_place_names();

-- One batch of a full reindex: the documents of the next p_limit records after p_after. Returns the last record
-- id done, null when there were none.
create function search_reindex_batch(p_type text, p_after bigint, p_limit int) returns bigint language plpgsql as $$
declare
    tbl text;
    ids bigint[];
begin
    select record_table into strict tbl from search_document_type where doc_type = p_type;
    execute format('select array(select id from %I where id > $1 order by id limit $2)', tbl) into ids
        using p_after, p_limit;
    perform search_refresh(p_type, ids);
    return ids[cardinality(ids)];
end
$$;

-- Records that exist before this migration (an upgrade) get their documents now.
select search_refresh('incident', array(select id from incident));
select search_refresh('actor', array(select id from actor));
select search_refresh('source', array(select id from source));
