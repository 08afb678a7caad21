-- Legal cases: proceedings against journalists, media and citizens for what they said, or brought by them.
-- Money is an exact integer number of tenge (bigint), never a float.

-- The articles of law that matter to the monitoring; a case names one as its legal basis.
create table legal_article (
    code     text primary key check (code ~ '^[a-z]{2}(-[a-z0-9]+)+$'),
    code_law text not null check (code_law in ('criminal', 'administrative', 'civil')),
    article  text not null,
    label_en text not null,
    label_ru text not null,
    label_kk text not null
);

insert into legal_article (code, code_law, article, label_en, label_ru, label_kk) values
('kz-cc-158', 'criminal', '158',
 'Criminal Code art. 158 (obstruction of journalists'' lawful professional activity)',
 'ст. 158 УК РК (воспрепятствование законной профессиональной деятельности журналиста)',
 'ҚР ҚК 158-бабы (журналистің заңды кәсіби қызметіне кедергі келтіру)'),
('kz-cc-274', 'criminal', '274',
 'Criminal Code art. 274 (dissemination of knowingly false information)',
 'ст. 274 УК РК (распространение заведомо ложной информации)',
 'ҚР ҚК 274-бабы (көрінеу жалған ақпарат тарату)'),
('kz-cc-147', 'criminal', '147',
 'Criminal Code art. 147 (violation of privacy and of the law on personal data)',
 'ст. 147 УК РК (нарушение неприкосновенности частной жизни и законодательства о персональных данных)',
 'ҚР ҚК 147-бабы (жеке өмірге қол сұқпаушылықты және дербес деректер туралы заңнаманы бұзу)'),
('kz-ac-73-3', 'administrative', '73-3',
 'Administrative Code art. 73-3 (dissemination of knowingly false information)',
 'ст. 73-3 КоАП РК (распространение заведомо ложной информации)',
 'ҚР ӘҚБтК 73-3-бабы (көрінеу жалған ақпарат тарату)'),
('kz-civ-143', 'civil', '143',
 'Civil Code art. 143 (protection of honour, dignity and business reputation)',
 'ст. 143 ГК РК (защита чести, достоинства и деловой репутации)',
 'ҚР АК 143-бабы (ар-намысты, қадір-қасиетті және іскерлік беделді қорғау)'),
('kz-civ-951', 'civil', '951',
 'Civil Code art. 951 (compensation of non-pecuniary damage)',
 'ст. 951 ГК РК (возмещение морального вреда)',
 'ҚР АК 951-бабы (моральдық зиянды өтеу)');

create table legal_case (
    id                 bigserial primary key,
    external_id        text unique,
    title              text not null check (length(trim(title)) > 0),
    kind               text not null check (kind in ('criminal', 'administrative', 'civil')),
    stage              text not null check (stage in ('pretrial', 'first_instance', 'appeal', 'cassation', 'in_force',
                                                      'enforcement', 'closed')),
    basis              text references legal_article (code),
    court              text,
    opened_on          date not null,
    opened_precision   text not null check (opened_precision in ('day', 'month', 'year')),
    direction          text not null check (direction in ('against_media', 'brought_by_media')),
    honour_and_dignity boolean not null default false,
    claimed_kzt        bigint check (claimed_kzt >= 0),
    awarded_kzt        bigint check (awarded_kzt >= 0),
    collected_kzt      bigint check (collected_kzt >= 0),
    -- a hash of the imported record, so that importing the same record again changes nothing
    content_hash       char(64),
    revision           int not null default 1,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);
create index legal_case_opened_idx on legal_case (opened_on, direction, kind);
create index legal_case_basis_idx on legal_case (basis);

create table legal_case_party (
    case_id  bigint not null references legal_case (id) on delete cascade,
    position int not null,
    actor_id bigint references actor (id),
    name     text not null check (length(trim(name)) > 0),
    role     text not null check (role in ('plaintiff', 'defendant', 'accused', 'complainant', 'victim', 'prosecutor',
                                           'third_party')),
    primary key (case_id, position)
);
create index legal_case_party_actor_idx on legal_case_party (actor_id);

create table legal_case_incident (
    case_id     bigint not null references legal_case (id) on delete cascade,
    incident_id bigint not null references incident (id) on delete cascade,
    primary key (case_id, incident_id)
);
create index legal_case_incident_incident_idx on legal_case_incident (incident_id);

create table legal_case_event (
    case_id            bigint not null references legal_case (id) on delete cascade,
    position           int not null,
    occurred_on        date not null,
    date_precision     text not null check (date_precision in ('day', 'month', 'year')),
    kind               text not null check (kind in ('filed', 'investigation_opened', 'sent_to_court', 'hearing',
                                                     'judgment', 'appeal', 'cassation', 'in_force', 'enforcement',
                                                     'dismissed', 'closed')),
    description        text not null default '',
    in_favour_of_media boolean,
    amount_kzt         bigint check (amount_kzt >= 0),
    primary key (case_id, position)
);
create index legal_case_event_occurred_idx on legal_case_event (occurred_on, kind);
