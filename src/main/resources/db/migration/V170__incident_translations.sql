-- Incidents in three languages: title and summary stay the original text, written in the incident's language;
-- translations into the other two languages sit beside them as {"ru": {"title": ..., "summary": ...}, "kk": ...}.

-- The language a text's letters suggest: Kazakh's own letters make it Kazakh, other Cyrillic Russian, else English.
-- Used once for the records written before their language was kept, and for rows written without one.
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

-- Gives an owner's table its language (guessed from a column for the rows already there, and for rows written
-- without one) and its translations: called by each owner's own migration (V170-V174).
create or replace procedure add_translations(tbl text, guess_from text)
language plpgsql as $$
begin
    execute format('alter table %I add column language text, add column translations jsonb not null default ''{}''',
                   tbl);
    execute format('update %I set language = guess_text_language(nullif(%I, ''''))', tbl, guess_from);
    execute format('alter table %I alter column language set not null, '
                   'add constraint %I check (language in (''en'', ''ru'', ''kk'')), '
                   'add constraint %I check (jsonb_typeof(translations) = ''object'' and not translations ? language)',
                   tbl, tbl || '_language_check', tbl || '_translations_check');
    execute format('create trigger %I before insert on %I for each row when (new.language is null) '
                   'execute function record_language_default(%L)', tbl || '_language_default', tbl, guess_from);
end
$$;

call add_translations('incident', 'title');

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
