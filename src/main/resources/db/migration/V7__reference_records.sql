-- Reference records (actors, sources, official statements, context events) as the API and the dataset importer
-- write them. dataset_sha256 is the hash of a record's content as last imported from a dataset file: importing
-- the same content again changes nothing. A write through the API stores the hash of the content as exported.
alter table actor add column dataset_sha256 char(64);
alter table source add column dataset_sha256 char(64);
alter table statement add column dataset_sha256 char(64);
alter table context_event add column dataset_sha256 char(64);

-- A source's publication date is often known only to the month or year ("published_on": "2025-10").
alter table source add column published_on_precision text
    check (published_on_precision in ('day', 'month', 'year'));
update source set published_on_precision = 'day' where published_on is not null;
alter table source add constraint source_published_precision_check
    check ((published_on is null) = (published_on_precision is null));
alter table source add column updated_at timestamptz not null default now();

alter table statement add column updated_at timestamptz not null default now();
alter table context_event add column updated_at timestamptz not null default now();

-- prefix search on spelling keys ("Bazh" finds Bazhkenova) and the list filters
create index actor_alias_key_prefix_idx on actor_alias (key text_pattern_ops);
create index statement_made_on_idx on statement (made_on);
create index statement_speaker_idx on statement (speaker_actor_id);
create index statement_incident_incident_idx on statement_incident (incident_id);
create index incident_source_source_idx on incident_source (source_id);
create index context_event_place_idx on context_event (place_code);
