-- A yearly page of the archive ("Freedom of speech: violations 2018") covers a year, not a month: it is stored with
-- the year only, and its figures are the year's, in no month, so no monthly series or chart counts them as a month's.
alter table archive_report alter column month drop not null;
alter table archive_report add column year int;
update archive_report set year = extract(year from month)::int;
alter table archive_report alter column year set not null;
alter table archive_report add column period_precision text not null default 'month'
    check (period_precision in ('month', 'year'));
alter table archive_report add constraint archive_report_period_check
    check ((period_precision = 'month') = (month is not null) and (month is null or extract(year from month) = year));

alter table published_count alter column month drop not null;
alter table published_count add column year int;
update published_count set year = extract(year from month)::int;
alter table published_count alter column year set not null;
alter table published_figure alter column month drop not null;
alter table published_figure add column year int;
update published_figure set year = extract(year from month)::int;
alter table published_figure alter column year set not null;
create index archive_report_year_idx on archive_report (year, imported_at) where month is null;
