-- Actors' descriptions in three languages: the description stays the original, in the actor's language; its
-- translations sit beside it as {"ru": {"summary": ...}, ...} (see V170; the live functions in R__core_texts.sql). Names keep every spelling as aliases.
alter table actor add column language text, add column translations jsonb not null default '{}';
-- the language the letters of the rows already there suggest (as guess_text_language in R__core_texts.sql does)
update actor set language = case when description ~ '[әғқңөұүһіӘҒҚҢӨҰҮҺІ]' then 'kk'
                     when description ~ '[а-яА-ЯёЁ]' then 'ru'
                     else 'en' end;
alter table actor alter column language set not null,
    add constraint actor_language_check check (language in ('en', 'ru', 'kk')),
    add constraint actor_translations_check check (jsonb_typeof(translations) = 'object' and not translations ? language);
