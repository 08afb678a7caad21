-- Legal cases' titles in three languages: the title stays the original, in the case's language; its translations
-- sit beside it as {"ru": {"title": ...}, ...} (see V170).
alter table legal_case add column language text, add column translations jsonb not null default '{}';
update legal_case set language = guess_text_language(title);
alter table legal_case alter column language set not null,
    add constraint legal_case_language_check check (language in ('en', 'ru', 'kk')),
    add constraint legal_case_translations_check check (jsonb_typeof(translations) = 'object'
        and not translations ? language);

create or replace function legal_case_language_default() returns trigger
language plpgsql as $$
begin
    new.language := coalesce(new.language, guess_text_language(new.title));
    return new;
end
$$;
create trigger legal_case_language_default before insert on legal_case
    for each row when (new.language is null) execute function legal_case_language_default();
