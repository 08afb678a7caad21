-- Incidents told to the service through the public form, without an account. Each is an article of triage (its
-- text is what the person wrote) with exactly one candidate that a monitor decides like any other; nothing is
-- published by itself. The reporter's name and how to reach them are confidential: monitors, editors and admins
-- only (security.Visibility, kind public_report), never on a public page, feed or download.
create table triage_public_report (
    article_id       bigint primary key references triage_article (id) on delete cascade,
    -- when and where, as the person wrote them (the text of the article holds them too, for the fact finder)
    happened_when    text,
    happened_where   text,
    link             text check (link is null or link ~ '^https?://'),
    reporter_name    text,
    reporter_contact text,
    -- the language of the page the person wrote from: the one to answer them in
    page_language    text not null check (page_language in ('en', 'ru', 'kk')),
    submitted_at     timestamptz not null default now()
);
