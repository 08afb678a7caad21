-- Incidents in three languages: title and summary stay the original text, written in the incident's language;
-- translations into the other two languages sit beside them as {"ru": {"title": ..., "summary": ...}, "kk": ...}.
-- The functions that read them, and the trigger giving a row written without its language the one its letters
-- suggest, are live definitions: R__core_texts.sql.
alter table incident add column language text, add column translations jsonb not null default '{}';
-- the language the letters of the rows already there suggest (as guess_text_language in R__core_texts.sql does)
update incident set language = case when title ~ '[әғқңөұүһіӘҒҚҢӨҰҮҺІ]' then 'kk'
                     when title ~ '[а-яА-ЯёЁ]' then 'ru'
                     else 'en' end;
alter table incident alter column language set not null,
    add constraint incident_language_check check (language in ('en', 'ru', 'kk')),
    add constraint incident_translations_check check (jsonb_typeof(translations) = 'object' and not translations ? language);
