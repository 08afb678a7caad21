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

alter table incident add column language text, add column translations jsonb not null default '{}';
update incident set language = guess_text_language(title);
alter table incident alter column language set not null,
    add constraint incident_language_check check (language in ('en', 'ru', 'kk')),
    add constraint incident_translations_check check (jsonb_typeof(translations) = 'object'
        and not translations ? language);

-- A row written without its language gets the guessed one (before the not-null check applies).
create or replace function incident_language_default() returns trigger
language plpgsql as $$
begin
    new.language := coalesce(new.language, guess_text_language(new.title));
    return new;
end
$$;
create trigger incident_language_default before insert on incident
    for each row when (new.language is null) execute function incident_language_default();

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
