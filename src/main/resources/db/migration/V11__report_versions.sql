-- A published report is an immutable snapshot: the figures (JSON) and the rendered Markdown in each language,
-- hashed, with who published it and when. A correction is a new version; no row is ever updated or deleted.
create table report_version (
    period       text not null,
    version      int not null check (version >= 1),
    figures      jsonb not null,
    markdown_en  text not null,
    markdown_ru  text not null,
    markdown_kk  text not null,
    sha256       char(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
    published_by text not null,
    published_at timestamptz not null default now(),
    note         text,
    primary key (period, version)
);

create function report_version_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'a published report version is immutable; publish a correction as a new version';
end $$;

create trigger report_version_immutable before update or delete on report_version
    for each row execute function report_version_is_immutable();
