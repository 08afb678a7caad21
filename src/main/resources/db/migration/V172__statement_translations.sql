-- Statements in three languages: the summary stays the original, in the statement's language; its
-- translations sit beside it as {"ru": {"summary": ...}, ...} (see V170). The quote stays as it was said.
alter table statement add column language text, add column translations jsonb not null default '{}';
update statement set language = guess_text_language(summary);
alter table statement alter column language set not null,
    add constraint statement_language_check check (language in ('en', 'ru', 'kk')),
    add constraint statement_translations_check check (jsonb_typeof(translations) = 'object'
        and not translations ? language);

create or replace function statement_language_default() returns trigger
language plpgsql as $$
begin
    new.language := coalesce(new.language, guess_text_language(new.summary));
    return new;
end
$$;
create trigger statement_language_default before insert on statement
    for each row when (new.language is null) execute function statement_language_default();
