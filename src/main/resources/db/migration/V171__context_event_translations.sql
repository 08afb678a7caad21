-- Context events in three languages: title and description stay the original, in the event's language; their
-- translations sit beside them as {"ru": {"title": ..., "summary": <the description>}, ...} (see V170).
alter table context_event add column language text, add column translations jsonb not null default '{}';
update context_event set language = guess_text_language(title);
alter table context_event alter column language set not null,
    add constraint context_event_language_check check (language in ('en', 'ru', 'kk')),
    add constraint context_event_translations_check check (jsonb_typeof(translations) = 'object'
        and not translations ? language);

create or replace function context_event_language_default() returns trigger
language plpgsql as $$
begin
    new.language := coalesce(new.language, guess_text_language(new.title));
    return new;
end
$$;
create trigger context_event_language_default before insert on context_event
    for each row when (new.language is null) execute function context_event_language_default();
