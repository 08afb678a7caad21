-- Kuzet core schema: taxonomy, gazetteer, actors, sources, incidents, official statements, context events.
-- Migration numbers are reserved per feature so parallel work never collides:
--   V1-V9 core, V10-V19 legalcase/report, V20-V29 archive, V30-V39 triage, V40-V49 security,
--   V50-V59 search, V60-V69 web.

-- ---------------------------------------------------------------- taxonomy
create table taxonomy_version (
    version        int primary key,
    effective_from date not null,
    description    text not null
);

-- Groups and categories share one table: a group has no group_code. Codes are stable across versions;
-- labels may change. 'context' is a category that is never counted as a violation.
create table category (
    code          text primary key check (code ~ '^[a-z][a-z0-9_]*$'),
    group_code    text references category (code),
    kind          text not null check (kind in ('group', 'category')),
    counted       boolean not null default true,
    position      int not null,
    label_en      text not null,
    label_ru      text not null,
    label_kk      text not null,
    introduced_in int not null references taxonomy_version (version),
    retired_in    int references taxonomy_version (version),
    check ((kind = 'group') = (group_code is null) or code = 'context')
);

create table category_cue (
    category_code text not null references category (code),
    lang          text not null check (lang in ('en', 'ru', 'kk')),
    cue           text not null,
    primary key (category_code, lang, cue)
);

-- ---------------------------------------------------------------- gazetteer
create table place (
    code            text primary key check (code ~ '^[a-z]{2}(-[a-z0-9]+)*$'),
    kind            text not null check (kind in ('country', 'region', 'city_of_republican_significance',
                                                  'city', 'town', 'village', 'district')),
    parent_code     text references place (code),
    country_code    char(2) not null,
    name_en         text not null,
    name_ru         text not null,
    name_kk         text not null,
    regional_centre boolean not null default false,
    valid_from      date,
    valid_to        date
);
create index place_parent_idx on place (parent_code);

-- Every spelling a place is written with (Oral/Uralsk/Уральск/Орал); "key" is the spelling-insensitive form.
create table place_alias (
    place_code text not null references place (code) on delete cascade,
    alias      text not null,
    key        text not null,
    primary key (place_code, alias)
);
create index place_alias_key_idx on place_alias (key);

-- ---------------------------------------------------------------- actors
create table actor (
    id          bigserial primary key,
    external_id text unique,
    kind        text not null check (kind in ('person', 'organisation')),
    actor_type  text check (actor_type in ('journalist', 'blogger', 'editor', 'media_outlet', 'newsmaker', 'lawyer',
                                           'human_rights_defender', 'citizen', 'state_body', 'law_enforcement',
                                           'court', 'official', 'company', 'private_person', 'foreign_state',
                                           'international_organisation', 'ngo', 'politician', 'other')),
    name        text not null check (length(trim(name)) > 0),
    description text not null default '',
    revision    int not null default 1,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

create table actor_alias (
    actor_id bigint not null references actor (id) on delete cascade,
    alias    text not null,
    key      text not null,
    primary key (actor_id, alias)
);
create index actor_alias_key_idx on actor_alias (key);

-- ---------------------------------------------------------------- sources
create table source (
    id              bigserial primary key,
    external_id     text unique,
    kind            text not null check (kind in ('correspondent_report', 'media_article', 'court_document',
                                                  'social_media_post', 'official_statement', 'monitoring_report',
                                                  'other')),
    outlet_actor_id bigint references actor (id),
    outlet_name     text,
    title           text,
    url             text,
    published_on    date,
    retrieved_at    timestamptz,
    archived_text   text,
    sha256          char(64) check (sha256 ~ '^[0-9a-f]{64}$'),
    -- confidential: the correspondent who reported it; never shown outside the staff workspace
    correspondent   text,
    confidential    boolean not null default false,
    created_at      timestamptz not null default now()
);

-- ---------------------------------------------------------------- incidents
create table incident (
    id                  bigserial primary key,
    external_id         text unique,
    title               text not null check (length(trim(title)) > 0),
    summary             text not null default '',
    occurred_on         date not null,
    date_precision      text not null check (date_precision in ('day', 'month', 'year')),
    place_code          text references place (code),
    primary_category    text not null references category (code),
    people_affected     int check (people_affected >= 0),
    verification        text not null default 'unverified'
                        check (verification in ('unverified', 'confirmed', 'disputed', 'refuted')),
    independent_sources int not null default 0 check (independent_sources >= 0),
    workflow_state      text not null default 'draft'
                        check (workflow_state in ('draft', 'in_review', 'published', 'rejected')),
    confidential_notes  text,
    rejection_reason    text,
    revision            int not null default 1,
    created_at          timestamptz not null default now(),
    created_by          text,
    updated_at          timestamptz not null default now(),
    submitted_at        timestamptz,
    submitted_by        text,
    published_at        timestamptz,
    published_by        text
);
create index incident_occurred_idx on incident (occurred_on);
create index incident_category_idx on incident (primary_category);
create index incident_place_idx on incident (place_code);
create index incident_state_idx on incident (workflow_state);

create table incident_category (
    incident_id   bigint not null references incident (id) on delete cascade,
    category_code text not null references category (code),
    primary key (incident_id, category_code)
);

create table incident_victim (
    id          bigserial primary key,
    incident_id bigint not null references incident (id) on delete cascade,
    position    int not null,
    actor_id    bigint references actor (id),
    name        text not null,
    victim_kind text not null check (victim_kind in ('journalist', 'blogger', 'media_outlet', 'newsmaker', 'lawyer',
                                                     'human_rights_defender', 'citizen')),
    role        text,
    gender      text check (gender in ('female', 'male')),
    -- confidential: how to reach the victim
    contact     text
);
create index incident_victim_incident_idx on incident_victim (incident_id);
create index incident_victim_actor_idx on incident_victim (actor_id);

create table incident_perpetrator (
    id               bigserial primary key,
    incident_id      bigint not null references incident (id) on delete cascade,
    position         int not null,
    actor_id         bigint references actor (id),
    name             text not null,
    perpetrator_type text not null check (perpetrator_type in ('state_body', 'law_enforcement', 'court', 'official',
                                                               'company', 'private_person', 'foreign_state',
                                                               'unknown'))
);
create index incident_perpetrator_incident_idx on incident_perpetrator (incident_id);
create index incident_perpetrator_actor_idx on incident_perpetrator (actor_id);

create table incident_source (
    incident_id bigint not null references incident (id) on delete cascade,
    source_id   bigint not null references source (id),
    primary key (incident_id, source_id)
);

create table incident_link (
    incident_id        bigint not null references incident (id) on delete cascade,
    linked_incident_id bigint not null references incident (id) on delete cascade,
    relation           text not null default 'related' check (relation in ('related', 'follow_up', 'duplicate')),
    primary key (incident_id, linked_incident_id),
    check (incident_id <> linked_incident_id)
);

-- Every published state an incident has had: a correction adds a row, nothing is overwritten.
create table incident_revision (
    incident_id bigint not null references incident (id) on delete cascade,
    revision    int not null,
    snapshot    jsonb not null,
    recorded_at timestamptz not null default now(),
    recorded_by text,
    note        text,
    primary key (incident_id, revision)
);

-- ---------------------------------------------------------------- official replies and statements
create table statement (
    id               bigserial primary key,
    external_id      text unique,
    speaker_actor_id bigint references actor (id),
    speaker_name     text not null check (length(trim(speaker_name)) > 0),
    speaker_role     text,
    made_on          date not null,
    date_precision   text not null check (date_precision in ('day', 'month', 'year')),
    stance           text not null default 'statement'
                     check (stance in ('rebuttal', 'acknowledgement', 'statement', 'concern')),
    venue            text,
    url              text,
    summary          text not null,
    quote            text,
    source_id        bigint references source (id),
    created_at       timestamptz not null default now()
);

create table statement_incident (
    statement_id bigint not null references statement (id) on delete cascade,
    incident_id  bigint not null references incident (id) on delete cascade,
    primary key (statement_id, incident_id)
);

-- ---------------------------------------------------------------- context events (shown, never counted)
create table context_event (
    id             bigserial primary key,
    external_id    text unique,
    occurred_on    date not null,
    date_precision text not null check (date_precision in ('day', 'month', 'year')),
    place_code     text references place (code),
    kind           text not null check (kind in ('law', 'draft_law', 'draft_order', 'regulation',
                                                 'parliament_reading', 'official_statement', 'other')),
    title          text not null check (length(trim(title)) > 0),
    description    text not null default '',
    url            text,
    source_id      bigint references source (id),
    created_at     timestamptz not null default now()
);
create index context_event_occurred_idx on context_event (occurred_on);
