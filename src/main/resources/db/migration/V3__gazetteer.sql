-- The gazetteer: Kazakhstan's 17 regions and 3 cities of republican significance as they stand since the 2022
-- reform (Abai, Jetisu and Ulytau regions created on 8 June 2022), the regional centres, the towns the seeds
-- mention, and the foreign places they mention. Alias keys are filled in by the application after migration
-- (SpellingKeys), so that the database and the code fold spellings the same way.
create temporary table gazetteer_load (
    code text, kind text, parent_code text, country_code text,
    name_en text, name_ru text, name_kk text, regional_centre boolean, valid_from date, aliases text[]
) on commit drop;

insert into gazetteer_load values
('kz', 'country', null, 'KZ', 'Kazakhstan', 'Казахстан', 'Қазақстан', false, null, array['Qazaqstan', 'Kazakstan', 'Republic of Kazakhstan', 'Республика Казахстан']),
-- cities of republican significance
('kz-astana', 'city_of_republican_significance', 'kz', 'KZ', 'Astana', 'Астана', 'Астана', false, null, array['Nur-Sultan', 'Нур-Султан', 'Нұр-Сұлтан', 'Akmola city', 'Tselinograd']),
('kz-almaty', 'city_of_republican_significance', 'kz', 'KZ', 'Almaty', 'Алматы', 'Алматы', false, null, array['Alma-Ata', 'Алма-Ата', 'Almaty city', 'город Алматы']),
('kz-shymkent', 'city_of_republican_significance', 'kz', 'KZ', 'Shymkent', 'Шымкент', 'Шымкент', false, date '2018-06-19', array['Chimkent', 'Чимкент']),
-- regions
('kz-abai-region', 'region', 'kz', 'KZ', 'Abai Region', 'Абайская область', 'Абай облысы', false, date '2022-06-08', array['Abay Region', 'область Абай', 'Abai oblysy']),
('kz-akmola-region', 'region', 'kz', 'KZ', 'Akmola Region', 'Акмолинская область', 'Ақмола облысы', false, null, array['Aqmola Region', 'Akmolinskaya oblast']),
('kz-aktobe-region', 'region', 'kz', 'KZ', 'Aktobe Region', 'Актюбинская область', 'Ақтөбе облысы', false, null, array['Aqtobe Region', 'Aktyubinsk Region']),
('kz-almaty-region', 'region', 'kz', 'KZ', 'Almaty Region', 'Алматинская область', 'Алматы облысы', false, null, array['Almatinskaya oblast']),
('kz-atyrau-region', 'region', 'kz', 'KZ', 'Atyrau Region', 'Атырауская область', 'Атырау облысы', false, null, array['Atyrauskaya oblast', 'Guryev Region']),
('kz-east-kazakhstan-region', 'region', 'kz', 'KZ', 'East Kazakhstan Region', 'Восточно-Казахстанская область', 'Шығыс Қазақстан облысы', false, null, array['East Kazakhstan', 'ВКО', 'Shygys Kazakhstan']),
('kz-jambyl-region', 'region', 'kz', 'KZ', 'Jambyl Region', 'Жамбылская область', 'Жамбыл облысы', false, null, array['Zhambyl Region', 'Zhambyl', 'Jambyl', 'Dzhambul Region']),
('kz-jetisu-region', 'region', 'kz', 'KZ', 'Jetisu Region', 'Жетысуская область', 'Жетісу облысы', false, date '2022-06-08', array['Zhetysu Region', 'Zhetisu Region', 'область Жетісу', 'Жетысу']),
('kz-karaganda-region', 'region', 'kz', 'KZ', 'Karaganda Region', 'Карагандинская область', 'Қарағанды облысы', false, null, array['Qaraghandy Region', 'Karagandy Region']),
('kz-kostanay-region', 'region', 'kz', 'KZ', 'Kostanay Region', 'Костанайская область', 'Қостанай облысы', false, null, array['Qostanay Region', 'Kustanai Region']),
('kz-kyzylorda-region', 'region', 'kz', 'KZ', 'Kyzylorda Region', 'Кызылординская область', 'Қызылорда облысы', false, null, array['Qyzylorda Region']),
('kz-mangystau-region', 'region', 'kz', 'KZ', 'Mangystau Region', 'Мангистауская область', 'Маңғыстау облысы', false, null, array['Mangistau Region', 'Mangghystau Region']),
('kz-north-kazakhstan-region', 'region', 'kz', 'KZ', 'North Kazakhstan Region', 'Северо-Казахстанская область', 'Солтүстік Қазақстан облысы', false, null, array['North Kazakhstan', 'СКО', 'Soltustik Kazakhstan']),
('kz-pavlodar-region', 'region', 'kz', 'KZ', 'Pavlodar Region', 'Павлодарская область', 'Павлодар облысы', false, null, array['Pavlodarskaya oblast']),
('kz-turkistan-region', 'region', 'kz', 'KZ', 'Turkistan Region', 'Туркестанская область', 'Түркістан облысы', false, date '2018-06-19', array['Turkestan Region', 'South Kazakhstan Region', 'Южно-Казахстанская область']),
('kz-ulytau-region', 'region', 'kz', 'KZ', 'Ulytau Region', 'Улытауская область', 'Ұлытау облысы', false, date '2022-06-08', array['Ulytau oblysy', 'область Улытау']),
('kz-west-kazakhstan-region', 'region', 'kz', 'KZ', 'West Kazakhstan Region', 'Западно-Казахстанская область', 'Батыс Қазақстан облысы', false, null, array['West Kazakhstan', 'ЗКО', 'Batys Kazakhstan']),
-- regional centres
('kz-semey', 'city', 'kz-abai-region', 'KZ', 'Semey', 'Семей', 'Семей', true, null, array['Semipalatinsk', 'Семипалатинск']),
('kz-kokshetau', 'city', 'kz-akmola-region', 'KZ', 'Kokshetau', 'Кокшетау', 'Көкшетау', true, null, array['Kokchetav', 'Кокчетав']),
('kz-aktobe', 'city', 'kz-aktobe-region', 'KZ', 'Aktobe', 'Актобе', 'Ақтөбе', true, null, array['Aqtobe', 'Aktyubinsk', 'Актюбинск']),
('kz-konaev', 'city', 'kz-almaty-region', 'KZ', 'Konaev', 'Конаев', 'Қонаев', true, null, array['Qonaev', 'Kunaev', 'Kapchagay', 'Kapshagay', 'Капчагай', 'Қапшағай']),
('kz-atyrau', 'city', 'kz-atyrau-region', 'KZ', 'Atyrau', 'Атырау', 'Атырау', true, null, array['Guryev', 'Гурьев']),
('kz-oskemen', 'city', 'kz-east-kazakhstan-region', 'KZ', 'Oskemen', 'Усть-Каменогорск', 'Өскемен', true, null, array['Ust-Kamenogorsk', 'Öskemen', 'Оскемен']),
('kz-taraz', 'city', 'kz-jambyl-region', 'KZ', 'Taraz', 'Тараз', 'Тараз', true, null, array['Dzhambul', 'Джамбул', 'Zhambyl city']),
('kz-taldykorgan', 'city', 'kz-jetisu-region', 'KZ', 'Taldykorgan', 'Талдыкорган', 'Талдықорған', true, null, array['Taldyqorghan', 'Taldykurgan']),
('kz-karaganda', 'city', 'kz-karaganda-region', 'KZ', 'Karaganda', 'Караганда', 'Қарағанды', true, null, array['Qaraghandy', 'Karagandy']),
('kz-kostanay', 'city', 'kz-kostanay-region', 'KZ', 'Kostanay', 'Костанай', 'Қостанай', true, null, array['Qostanay', 'Kustanai', 'Кустанай']),
('kz-kyzylorda', 'city', 'kz-kyzylorda-region', 'KZ', 'Kyzylorda', 'Кызылорда', 'Қызылорда', true, null, array['Qyzylorda', 'Kzyl-Orda']),
('kz-aktau', 'city', 'kz-mangystau-region', 'KZ', 'Aktau', 'Актау', 'Ақтау', true, null, array['Aqtau', 'Shevchenko']),
('kz-petropavl', 'city', 'kz-north-kazakhstan-region', 'KZ', 'Petropavl', 'Петропавловск', 'Петропавл', true, null, array['Petropavlovsk']),
('kz-pavlodar', 'city', 'kz-pavlodar-region', 'KZ', 'Pavlodar', 'Павлодар', 'Павлодар', true, null, array[]::text[]),
('kz-turkistan', 'city', 'kz-turkistan-region', 'KZ', 'Turkistan', 'Туркестан', 'Түркістан', true, null, array['Turkestan']),
('kz-zhezkazgan', 'city', 'kz-ulytau-region', 'KZ', 'Zhezkazgan', 'Жезказган', 'Жезқазған', true, null, array['Jezkazgan', 'Dzhezkazgan']),
('kz-oral', 'city', 'kz-west-kazakhstan-region', 'KZ', 'Oral', 'Уральск', 'Орал', true, null, array['Uralsk', 'Орал']),
-- other towns the seeds mention
('kz-temirtau', 'town', 'kz-karaganda-region', 'KZ', 'Temirtau', 'Темиртау', 'Теміртау', false, null, array[]::text[]),
-- foreign places the seeds mention
('ua', 'country', null, 'UA', 'Ukraine', 'Украина', 'Украина', false, null, array[]::text[]),
('ua-kyiv', 'city', 'ua', 'UA', 'Kyiv', 'Киев', 'Киев', false, null, array['Kiev', 'Київ']),
('pl', 'country', null, 'PL', 'Poland', 'Польша', 'Польша', false, null, array['Polska']),
('pl-warsaw', 'city', 'pl', 'PL', 'Warsaw', 'Варшава', 'Варшава', false, null, array['Warszawa']),
('ru', 'country', null, 'RU', 'Russia', 'Россия', 'Ресей', false, null, array['Russian Federation', 'Российская Федерация']),
('ru-moscow', 'city', 'ru', 'RU', 'Moscow', 'Москва', 'Мәскеу', false, null, array[]::text[]),
('uz', 'country', null, 'UZ', 'Uzbekistan', 'Узбекистан', 'Өзбекстан', false, null, array[]::text[]),
('uz-tashkent', 'city', 'uz', 'UZ', 'Tashkent', 'Ташкент', 'Ташкент', false, null, array['Toshkent']);

insert into place (code, kind, parent_code, country_code, name_en, name_ru, name_kk, regional_centre, valid_from)
select code, kind, parent_code, country_code, name_en, name_ru, name_kk, regional_centre, valid_from
from gazetteer_load
order by (parent_code is not null), (kind in ('city', 'town', 'village'));

-- every name is an alias too, so one lookup finds a place by any of its spellings
insert into place_alias (place_code, alias, key)
select distinct code, alias, ''
from gazetteer_load,
     lateral unnest(array[name_en, name_ru, name_kk] || aliases) as alias;
