-- Owner: the report module (org.kuzet.report). What keeps a published report version (report_version, V11)
-- immutable: a correction is a new version, no row is ever updated or deleted. The one place the function and its
-- trigger are defined; Flyway runs this file after the versioned migrations and again whenever it changes.

create or replace function report_version_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'a published report version is immutable; publish a correction as a new version';
end $$;

create or replace trigger report_version_immutable before update or delete on report_version
    for each row execute function report_version_is_immutable();
