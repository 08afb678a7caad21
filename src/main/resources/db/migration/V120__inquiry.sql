-- The accountability clock (issue 22): Kazakhstan's calendar of days off, kept as data (owned by the calendar
-- module), the legal bases of deadlines with their sources (owned by inquiry), and the inquiries themselves: requests
-- to state bodies, the service's letters and appeals, and right-of-reply requests, with their answers.

-- Days that are not what their weekday says: public holidays and days off carried over to a weekday ('holiday',
-- 'day_off'), and weekend days a government decree made working ('working_day'). Everything else is a working day
-- from Monday to Friday. An administrator keeps the list current (a year's decree, the date of Kurban Ait).
create table calendar_holiday (
    day        date primary key,
    kind       text not null check (kind in ('holiday', 'day_off', 'working_day')),
    name_en    text not null check (length(trim(name_en)) > 0),
    name_ru    text not null check (length(trim(name_ru)) > 0),
    name_kk    text not null check (length(trim(name_kk)) > 0),
    updated_by text not null default 'migration',
    updated_at timestamptz not null default now()
);

-- Public holidays that are days off (the Labour Code and the Law on holidays in the Republic of Kazakhstan), 2024 to
-- 2026, and the days off carried over when one of them falls on a weekend (religious holidays are not carried over).
-- Government decrees moving further days are added by an administrator.
insert into calendar_holiday (day, kind, name_en, name_ru, name_kk) values
    (date '2024-01-01', 'holiday', 'New Year', 'Новый год', 'Жаңа жыл'),
    (date '2024-01-02', 'holiday', 'New Year', 'Новый год', 'Жаңа жыл'),
    (date '2024-01-07', 'holiday', 'Orthodox Christmas', 'Православное Рождество', 'Православиелік Рождество'),
    (date '2024-03-08', 'holiday', 'International Women''s Day', 'Международный женский день', 'Халықаралық әйелдер күні'),
    (date '2024-03-21', 'holiday', 'Nauryz', 'Наурыз мейрамы', 'Наурыз мейрамы'),
    (date '2024-03-22', 'holiday', 'Nauryz', 'Наурыз мейрамы', 'Наурыз мейрамы'),
    (date '2024-03-23', 'holiday', 'Nauryz', 'Наурыз мейрамы', 'Наурыз мейрамы'),
    (date '2024-03-25', 'day_off', 'Day off carried over from Nauryz (2024-03-23)', 'Перенесённый выходной: Наурыз мейрамы (2024-03-23)', 'Ауыстырылған демалыс: Наурыз мейрамы (2024-03-23)'),
    (date '2024-05-01', 'holiday', 'Unity Day of the People of Kazakhstan', 'Праздник единства народа Казахстана', 'Қазақстан халқының бірлігі мерекесі'),
    (date '2024-05-07', 'holiday', 'Defender of the Fatherland Day', 'День защитника Отечества', 'Отан қорғаушы күні'),
    (date '2024-05-09', 'holiday', 'Victory Day', 'День Победы', 'Жеңіс күні'),
    (date '2024-06-16', 'holiday', 'Kurban Ait (first day)', 'Курбан айт (первый день)', 'Құрбан айт (бірінші күні)'),
    (date '2024-07-06', 'holiday', 'Capital Day', 'День Столицы', 'Астана күні'),
    (date '2024-07-08', 'day_off', 'Day off carried over from Capital Day (2024-07-06)', 'Перенесённый выходной: День Столицы (2024-07-06)', 'Ауыстырылған демалыс: Астана күні (2024-07-06)'),
    (date '2024-08-30', 'holiday', 'Constitution Day', 'День Конституции', 'Конституция күні'),
    (date '2024-10-25', 'holiday', 'Republic Day', 'День Республики', 'Республика күні'),
    (date '2024-12-16', 'holiday', 'Independence Day', 'День Независимости', 'Тәуелсіздік күні'),
    (date '2025-01-01', 'holiday', 'New Year', 'Новый год', 'Жаңа жыл'),
    (date '2025-01-02', 'holiday', 'New Year', 'Новый год', 'Жаңа жыл'),
    (date '2025-01-07', 'holiday', 'Orthodox Christmas', 'Православное Рождество', 'Православиелік Рождество'),
    (date '2025-03-08', 'holiday', 'International Women''s Day', 'Международный женский день', 'Халықаралық әйелдер күні'),
    (date '2025-03-10', 'day_off', 'Day off carried over from International Women''s Day (2025-03-08)', 'Перенесённый выходной: Международный женский день (2025-03-08)', 'Ауыстырылған демалыс: Халықаралық әйелдер күні (2025-03-08)'),
    (date '2025-03-21', 'holiday', 'Nauryz', 'Наурыз мейрамы', 'Наурыз мейрамы'),
    (date '2025-03-22', 'holiday', 'Nauryz', 'Наурыз мейрамы', 'Наурыз мейрамы'),
    (date '2025-03-23', 'holiday', 'Nauryz', 'Наурыз мейрамы', 'Наурыз мейрамы'),
    (date '2025-03-24', 'day_off', 'Day off carried over from Nauryz (2025-03-22)', 'Перенесённый выходной: Наурыз мейрамы (2025-03-22)', 'Ауыстырылған демалыс: Наурыз мейрамы (2025-03-22)'),
    (date '2025-03-25', 'day_off', 'Day off carried over from Nauryz (2025-03-23)', 'Перенесённый выходной: Наурыз мейрамы (2025-03-23)', 'Ауыстырылған демалыс: Наурыз мейрамы (2025-03-23)'),
    (date '2025-05-01', 'holiday', 'Unity Day of the People of Kazakhstan', 'Праздник единства народа Казахстана', 'Қазақстан халқының бірлігі мерекесі'),
    (date '2025-05-07', 'holiday', 'Defender of the Fatherland Day', 'День защитника Отечества', 'Отан қорғаушы күні'),
    (date '2025-05-09', 'holiday', 'Victory Day', 'День Победы', 'Жеңіс күні'),
    (date '2025-06-06', 'holiday', 'Kurban Ait (first day)', 'Курбан айт (первый день)', 'Құрбан айт (бірінші күні)'),
    (date '2025-07-06', 'holiday', 'Capital Day', 'День Столицы', 'Астана күні'),
    (date '2025-07-07', 'day_off', 'Day off carried over from Capital Day (2025-07-06)', 'Перенесённый выходной: День Столицы (2025-07-06)', 'Ауыстырылған демалыс: Астана күні (2025-07-06)'),
    (date '2025-08-30', 'holiday', 'Constitution Day', 'День Конституции', 'Конституция күні'),
    (date '2025-09-01', 'day_off', 'Day off carried over from Constitution Day (2025-08-30)', 'Перенесённый выходной: День Конституции (2025-08-30)', 'Ауыстырылған демалыс: Конституция күні (2025-08-30)'),
    (date '2025-10-25', 'holiday', 'Republic Day', 'День Республики', 'Республика күні'),
    (date '2025-10-27', 'day_off', 'Day off carried over from Republic Day (2025-10-25)', 'Перенесённый выходной: День Республики (2025-10-25)', 'Ауыстырылған демалыс: Республика күні (2025-10-25)'),
    (date '2025-12-16', 'holiday', 'Independence Day', 'День Независимости', 'Тәуелсіздік күні'),
    (date '2026-01-01', 'holiday', 'New Year', 'Новый год', 'Жаңа жыл'),
    (date '2026-01-02', 'holiday', 'New Year', 'Новый год', 'Жаңа жыл'),
    (date '2026-01-07', 'holiday', 'Orthodox Christmas', 'Православное Рождество', 'Православиелік Рождество'),
    (date '2026-03-08', 'holiday', 'International Women''s Day', 'Международный женский день', 'Халықаралық әйелдер күні'),
    (date '2026-03-09', 'day_off', 'Day off carried over from International Women''s Day (2026-03-08)', 'Перенесённый выходной: Международный женский день (2026-03-08)', 'Ауыстырылған демалыс: Халықаралық әйелдер күні (2026-03-08)'),
    (date '2026-03-21', 'holiday', 'Nauryz', 'Наурыз мейрамы', 'Наурыз мейрамы'),
    (date '2026-03-22', 'holiday', 'Nauryz', 'Наурыз мейрамы', 'Наурыз мейрамы'),
    (date '2026-03-23', 'holiday', 'Nauryz', 'Наурыз мейрамы', 'Наурыз мейрамы'),
    (date '2026-03-24', 'day_off', 'Day off carried over from Nauryz (2026-03-21)', 'Перенесённый выходной: Наурыз мейрамы (2026-03-21)', 'Ауыстырылған демалыс: Наурыз мейрамы (2026-03-21)'),
    (date '2026-03-25', 'day_off', 'Day off carried over from Nauryz (2026-03-22)', 'Перенесённый выходной: Наурыз мейрамы (2026-03-22)', 'Ауыстырылған демалыс: Наурыз мейрамы (2026-03-22)'),
    (date '2026-05-01', 'holiday', 'Unity Day of the People of Kazakhstan', 'Праздник единства народа Казахстана', 'Қазақстан халқының бірлігі мерекесі'),
    (date '2026-05-07', 'holiday', 'Defender of the Fatherland Day', 'День защитника Отечества', 'Отан қорғаушы күні'),
    (date '2026-05-09', 'holiday', 'Victory Day', 'День Победы', 'Жеңіс күні'),
    (date '2026-05-11', 'day_off', 'Day off carried over from Victory Day (2026-05-09)', 'Перенесённый выходной: День Победы (2026-05-09)', 'Ауыстырылған демалыс: Жеңіс күні (2026-05-09)'),
    (date '2026-05-27', 'holiday', 'Kurban Ait (first day)', 'Курбан айт (первый день)', 'Құрбан айт (бірінші күні)'),
    (date '2026-07-06', 'holiday', 'Capital Day', 'День Столицы', 'Астана күні'),
    (date '2026-08-30', 'holiday', 'Constitution Day', 'День Конституции', 'Конституция күні'),
    (date '2026-08-31', 'day_off', 'Day off carried over from Constitution Day (2026-08-30)', 'Перенесённый выходной: День Конституции (2026-08-30)', 'Ауыстырылған демалыс: Конституция күні (2026-08-30)'),
    (date '2026-10-25', 'holiday', 'Republic Day', 'День Республики', 'Республика күні'),
    (date '2026-10-26', 'day_off', 'Day off carried over from Republic Day (2026-10-25)', 'Перенесённый выходной: День Республики (2026-10-25)', 'Ауыстырылған демалыс: Республика күні (2026-10-25)'),
    (date '2026-12-16', 'holiday', 'Independence Day', 'День Независимости', 'Тәуелсіздік күні');

-- The legal bases of deadlines: the term in calendar or working days, the extension allowed, and where the rule comes
-- from. Data, not code: the service checks the source and changes the term when the law changes.
create table inquiry_basis (
    code             text primary key check (code ~ '^[a-z0-9_]+$'),
    inquiry_kind     text check (inquiry_kind in ('information_request', 'appeal', 'right_of_reply')),
    is_default       boolean not null default false,
    day_kind         text not null check (day_kind in ('calendar', 'working')),
    term_days        integer not null check (term_days between 1 and 365),
    extension_days   integer not null default 0 check (extension_days between 0 and 365),
    extensions       integer not null default 0 check (extensions between 0 and 5),
    label_en         text not null check (length(trim(label_en)) > 0),
    label_ru         text not null check (length(trim(label_ru)) > 0),
    label_kk         text not null check (length(trim(label_kk)) > 0),
    source           text not null check (length(trim(source)) > 0),
    source_checked   text,
    revision         integer not null default 1,
    updated_by       text not null default 'migration',
    updated_at       timestamptz not null default now()
);
-- one default basis per kind
create unique index inquiry_basis_default_idx on inquiry_basis (inquiry_kind) where is_default;

insert into inquiry_basis (code, inquiry_kind, is_default, day_kind, term_days, extension_days, extensions,
                           label_en, label_ru, label_kk, source, source_checked) values
    ('access_to_information', 'information_request', true, 'calendar', 15, 15, 1,
     'Information request (Law on access to information)',
     'Запрос информации (Закон о доступе к информации)',
     'Ақпарат сұрау салуы (Ақпаратқа қол жеткізу туралы заң)',
     'Law of the Republic of Kazakhstan of 16 November 2015 No. 401-V "On access to information", article 11: '
         || 'information is provided within fifteen calendar days of the registration of the request; the head of '
         || 'the holder of information may extend the term once by no more than fifteen calendar days, telling '
         || 'the requester within two calendar days of the extension.',
     'Term and extension as the issue and the law state them; the article number is to be confirmed by the service '
         || 'against the current text at adilet.zan.kz.'),
    ('appeal', 'appeal', true, 'working', 15, 15, 1,
     'Appeal to a state body (set by the service)',
     'Обращение в государственный орган (задано службой)',
     'Мемлекеттік органға өтініш (қызмет белгілеген)',
     'Administrative Procedural Code of the Republic of Kazakhstan: the term for considering an appeal. Entered as '
         || '15 working days, extendable once by 15, pending the service''s check of the article.',
     null),
    ('right_of_reply', 'right_of_reply', true, 'working', 5, 0, 0,
     'Right of reply before publishing (editorial practice)',
     'Право на ответ до публикации (редакционная практика)',
     'Жарияланым алдында жауап беру құқығы (редакциялық тәжірибе)',
     'Kuzet''s editorial practice: the body concerned is given five working days to comment before an allegation '
         || 'about it is published. Not a legal term; the editor may set another deadline.',
     'Set by the service.');

create table inquiry (
    id                 bigserial primary key,
    external_id        text unique,
    kind               text not null check (kind in ('information_request', 'appeal', 'right_of_reply')),
    asked_by_actor_id  bigint references actor (id),
    asked_by_name      text,
    on_behalf_actor_id bigint references actor (id),
    on_behalf_name     text,
    addressee_actor_id bigint references actor (id),
    addressee_name     text not null check (length(trim(addressee_name)) > 0),
    -- whether the addressee is the state (a state body, an official, a court, law enforcement): only those are
    -- counted in the report's block and proposed as refusals
    state_addressee    boolean not null default true,
    subject            text not null check (length(trim(subject)) > 0),
    sent_on            date not null,
    basis_code         text references inquiry_basis (code),
    deadline           date not null,
    extended_to        date,
    answered_on        date,
    outcome            text check (outcome in ('answered', 'partial', 'refused')),
    answer_text        text,
    answer_source_id   bigint references source (id),
    -- the official statement a right-of-reply answer became
    statement_id       bigint references statement (id) on delete set null,
    -- the draft incident proposed once when a request to the state went unanswered or was refused
    refusal_incident_id bigint references incident (id) on delete set null,
    refusal_proposed_at timestamptz,
    published_at       timestamptz,
    published_by       text,
    created_by         text not null,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    revision           integer not null default 1,
    dataset_sha256     char(64),
    check (deadline >= sent_on),
    check (extended_to is null or extended_to > deadline),
    check ((answered_on is null) = (outcome is null)),
    check (answered_on is null or answered_on >= sent_on)
);
create index inquiry_addressee_idx on inquiry (addressee_actor_id);
create index inquiry_addressee_name_idx on inquiry (addressee_name);
create index inquiry_sent_idx on inquiry (sent_on);
create index inquiry_open_deadline_idx on inquiry (coalesce(extended_to, deadline)) where answered_on is null;

create table inquiry_incident (
    inquiry_id  bigint not null references inquiry (id) on delete cascade,
    incident_id bigint not null references incident (id) on delete cascade,
    primary key (inquiry_id, incident_id)
);
create index inquiry_incident_incident_idx on inquiry_incident (incident_id);

create table inquiry_case (
    inquiry_id bigint not null references inquiry (id) on delete cascade,
    case_id    bigint not null references legal_case (id) on delete cascade,
    primary key (inquiry_id, case_id)
);
