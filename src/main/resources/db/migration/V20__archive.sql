-- The archive of published monthly reports (feature "archive"): each imported report, the figures it states and
-- what was made of its narrative items. A report is recognised by the SHA-256 of its file, so importing the same
-- file twice changes nothing. When two different files cover the same month, the one imported last is the
-- published series (PublishedStatistics); both stay here.
create table archive_report (
    id           bigserial primary key,
    sha256       char(64) not null unique check (sha256 ~ '^[0-9a-f]{64}$'),
    file_name    text not null,
    month        date not null check (extract(day from month) = 1),
    published_on date,
    source_id    bigint not null references source (id),
    extraction   jsonb not null,
    warnings     jsonb not null default '[]',
    unused_lines jsonb not null default '[]',
    imported_at  timestamptz not null default now(),
    imported_by  text
);
create index archive_report_month_idx on archive_report (month, imported_at);

-- The published statistics: how many reports a month's report gives under a category or group code.
create table published_count (
    report_id     bigint not null references archive_report (id) on delete cascade,
    month         date not null,
    category_code text not null references category (code),
    value         int not null check (value >= 0),
    wording       text not null default '',
    primary key (report_id, category_code)
);
create index published_count_month_idx on published_count (month, category_code);

-- The other figures of a month: judicial_acts, in_favor_of_media, damages_claimed_kzt, damages_collected_kzt
-- (exact tenge), new_cases.<kind>, ytd.<kind or code>, previous_year.<kind> (kinds: criminal, criminal_in_court,
-- civil, honour_dignity, administrative, legal_cases).
create table published_figure (
    report_id bigint not null references archive_report (id) on delete cascade,
    month     date not null,
    figure    text not null check (figure ~ '^[a-z_]+(\.[a-z_]+)?$'),
    value     bigint not null check (value >= 0),
    wording   text not null default '',
    primary key (report_id, figure)
);

-- Figures over several years, kept with their wording ("since 2019 over 300 incidents").
create table published_indicator (
    report_id  bigint not null references archive_report (id) on delete cascade,
    position   int not null,
    value      bigint not null check (value >= 0),
    qualifier  text not null default '',
    since_year int,
    year       int,
    what       text not null default '',
    wording    text not null,
    primary key (report_id, position)
);

-- What each narrative item became: a draft incident or a context event (or nothing, with the reason).
create table archive_item (
    report_id        bigint not null references archive_report (id) on delete cascade,
    position         int not null,
    incident_id      bigint references incident (id) on delete set null,
    context_event_id bigint references context_event (id) on delete set null,
    note             text,
    primary key (report_id, position)
);
