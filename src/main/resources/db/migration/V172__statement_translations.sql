-- Statements in three languages: the summary stays the original, in the statement's language; its
-- translations sit beside it as {"ru": {"summary": ...}, ...} (see V170; the live functions in R__core_texts.sql). The quote stays as it was said.
alter table statement add column language text, add column translations jsonb not null default '{}';
-- the language the letters of the rows already there suggest (as guess_text_language in R__core_texts.sql does)
update statement set language = case when summary ~ '[әғқңөұүһіӘҒҚҢӨҰҮҺІ]' then 'kk'
                     when summary ~ '[а-яА-ЯёЁ]' then 'ru'
                     else 'en' end;
alter table statement alter column language set not null,
    add constraint statement_language_check check (language in ('en', 'ru', 'kk')),
    add constraint statement_translations_check check (jsonb_typeof(translations) = 'object' and not translations ? language);
