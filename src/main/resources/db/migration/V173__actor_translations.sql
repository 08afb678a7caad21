-- Actors' descriptions in three languages: the description stays the original, in the actor's language; its
-- translations sit beside it as {"ru": {"summary": ...}, ...} (see V170). Names keep every spelling as aliases.
alter table actor add column language text, add column translations jsonb not null default '{}';
update actor set language = guess_text_language(nullif(description, ''));
alter table actor alter column language set not null,
    add constraint actor_language_check check (language in ('en', 'ru', 'kk')),
    add constraint actor_translations_check check (jsonb_typeof(translations) = 'object'
        and not translations ? language);

create or replace function actor_language_default() returns trigger
language plpgsql as $$
begin
    new.language := coalesce(new.language, guess_text_language(nullif(new.description, '')));
    return new;
end
$$;
create trigger actor_language_default before insert on actor
    for each row when (new.language is null) execute function actor_language_default();
