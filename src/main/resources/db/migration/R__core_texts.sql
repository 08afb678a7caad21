-- Records in three languages (core.Texts): the live functions every owner of a translated record uses, and the
-- trigger on each owner's table that gives a row written without its language the one its letters suggest. The
-- columns come from each owner's versioned migration (V170-V174). Named to run before R__search_documents, whose
-- views call translated_texts.

-- The language a text's letters suggest: Kazakh's own letters make it Kazakh, other Cyrillic Russian, else English.
create or replace function guess_text_language(t text) returns text
language sql immutable parallel safe as $$
    select case when t ~ '[әғқңөұүһіӘҒҚҢӨҰҮҺІ]' then 'kk'
                when t ~ '[а-яА-ЯёЁ]' then 'ru'
                else 'en' end
$$;

-- A row written without its language gets the one its text suggests (before the not-null check applies); the
-- trigger names the column to guess from.
create or replace function record_language_default() returns trigger
language plpgsql as $$
begin
    new.language := coalesce(new.language, guess_text_language(nullif(to_jsonb(new) ->> tg_argv[0], '')));
    return new;
end
$$;

create or replace trigger incident_language_default before insert on incident
    for each row when (new.language is null) execute function record_language_default('title');
create or replace trigger context_event_language_default before insert on context_event
    for each row when (new.language is null) execute function record_language_default('title');
create or replace trigger statement_language_default before insert on statement
    for each row when (new.language is null) execute function record_language_default('summary');
create or replace trigger actor_language_default before insert on actor
    for each row when (new.language is null) execute function record_language_default('description');
create or replace trigger legal_case_language_default before insert on legal_case
    for each row when (new.language is null) execute function record_language_default('title');

-- The text of a record shown in a language: the translation when there is one, otherwise the original; and the
-- language of what is shown, so that a page can say "in Russian only". The same rule as org.kuzet.core.Texts, for
-- the read models that select straight from the owners' tables (portal lists, downloads, reports).
create or replace function shown_text(original text, translations jsonb, field text, lang text) returns text
language sql immutable parallel safe as $$
    select coalesce(nullif(btrim(translations -> lang ->> field), ''), original)
$$;

create or replace function shown_language(language text, translations jsonb, field text, lang text) returns text
language sql immutable parallel safe as $$
    select case when nullif(btrim(translations -> lang ->> field), '') is not null then lang else language end
$$;

-- Every translated title and summary of a record as one text, for the search index.
create or replace function translated_texts(translations jsonb) returns text
language sql immutable parallel safe as $$
    select string_agg(concat_ws(' ', t.value ->> 'title', t.value ->> 'summary'), ' ')
    from jsonb_each(translations) t
$$;
