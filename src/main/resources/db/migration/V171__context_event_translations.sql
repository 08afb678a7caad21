-- Context events in three languages: title and description stay the original, in the event's language; their
-- translations sit beside them as {"ru": {"title": ..., "summary": <the description>}, ...} (see V170; the live functions in R__core_texts.sql).
alter table context_event add column language text, add column translations jsonb not null default '{}';
-- the language the letters of the rows already there suggest (as guess_text_language in R__core_texts.sql does)
update context_event set language = case when title ~ '[әғқңөұүһіӘҒҚҢӨҰҮҺІ]' then 'kk'
                     when title ~ '[а-яА-ЯёЁ]' then 'ru'
                     else 'en' end;
alter table context_event alter column language set not null,
    add constraint context_event_language_check check (language in ('en', 'ru', 'kk')),
    add constraint context_event_translations_check check (jsonb_typeof(translations) = 'object' and not translations ? language);
