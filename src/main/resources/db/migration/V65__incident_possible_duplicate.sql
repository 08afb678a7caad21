-- Owner: the incident module (org.kuzet.incident). The incidents a record may repeat, found by the one door of new
-- incidents (IncidentDesk) when a draft is recorded or edited; the door records the draft and the suspicion, and a
-- monitor dismisses a suspicion that is wrong. reasons: same_source, same_event, similar_title.
create table incident_possible_duplicate (
    incident_id  bigint not null references incident (id) on delete cascade,
    other_id     bigint not null references incident (id) on delete cascade,
    reasons      text[] not null check (cardinality(reasons) > 0
                                        and reasons <@ array['same_source', 'same_event', 'similar_title']),
    found_at     timestamptz not null default now(),
    dismissed_by text,
    dismissed_at timestamptz,
    primary key (incident_id, other_id),
    check (incident_id <> other_id),
    check ((dismissed_by is null) = (dismissed_at is null))
);
-- the suspicions an incident is the other side of, shown on its page too
create index incident_possible_duplicate_other_idx on incident_possible_duplicate (other_id);

-- The words of each title, folded by org.kuzet.spelling.Spelling (so Cyrillic and Latin spellings meet), with the
-- number of words of that title: a similar title is found by the index on word, and compared by Jaccard there.
create table incident_title_word (
    incident_id bigint not null references incident (id) on delete cascade,
    word        text not null,
    words       int not null check (words > 0),
    primary key (incident_id, word)
);
create index incident_title_word_word_idx on incident_title_word (word);
-- the title the words were cut from: an incident written by another path (a dataset file) or before this table,
-- whose title is missing here or differs, has its words cut again (TitleWords.refresh)
create table incident_title_folded (
    incident_id bigint primary key references incident (id) on delete cascade,
    title       text not null
);

-- the source module's table: found by URL and by the archived text's hash when a draft comes in (Sources.sameDocument)
create index if not exists source_url_idx on source (url) where url is not null;
create index if not exists source_sha256_idx on source (sha256) where sha256 is not null;
