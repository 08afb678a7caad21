-- Legal cases' titles in three languages: the title stays the original, in the case's language; its translations
-- sit beside it as {"ru": {"title": ...}, ...} (see V170; the live functions in R__core_texts.sql).
alter table legal_case add column language text, add column translations jsonb not null default '{}';
-- the language the letters of the rows already there suggest (as guess_text_language in R__core_texts.sql does)
update legal_case set language = case when title ~ '[әғқңөұүһіӘҒҚҢӨҰҮҺІ]' then 'kk'
                     when title ~ '[а-яА-ЯёЁ]' then 'ru'
                     else 'en' end;
alter table legal_case alter column language set not null,
    add constraint legal_case_language_check check (language in ('en', 'ru', 'kk')),
    add constraint legal_case_translations_check check (jsonb_typeof(translations) = 'object' and not translations ? language);
