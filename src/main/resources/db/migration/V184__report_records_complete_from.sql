-- From which month the service's own records are complete, as an administrator sets it. Before that month the
-- reports' history (a month's figures, the year to date, the same period a year earlier, the art. 158 series) is
-- what the service's published monthly reports state (imported from the archive), and the report says so; from it
-- on, the records. No row: the records are taken as complete throughout.
create table report_history (
    id                    boolean primary key default true check (id),
    records_complete_from date not null check (extract(day from records_complete_from) = 1),
    updated_by            text not null,
    updated_at            timestamptz not null default now()
);
