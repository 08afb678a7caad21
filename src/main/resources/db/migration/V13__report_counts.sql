-- Counts the report reads instead of scanning a million incidents (docs/counting-rules.md, docs/benchmarks.md).
-- Each row counts the records that share a date, its precision and what the report groups by, so every rule of
-- counting (a record counts in a period when the whole of its date lies in it) reads the same on these rows as on
-- the records themselves, for any period down to a single day. Statement triggers keep them exact in the same
-- transaction as each write: a change is counted exactly when it commits. A bulk load with triggers off must end
-- with `call report_counts_rebuild()`.

-- Published incidents by their date and primary category.
create table report_incident_count (
    occurred_on      date not null,
    date_precision   text not null,
    primary_category text not null,
    incidents        bigint not null,
    primary key (occurred_on, date_precision, primary_category)
);
comment on table report_incident_count is 'derived: published incidents by date and primary category (V13 triggers)';

-- Legal cases by the date they were opened, direction, kind, legal basis ('' when none) and whether they defend
-- honour and dignity; with the sum of the money claimed.
create table report_case_count (
    opened_on          date not null,
    opened_precision   text not null,
    direction          text not null,
    kind               text not null,
    basis              text not null,
    honour_and_dignity boolean not null,
    cases              bigint not null,
    claimed_kzt        bigint not null,
    primary key (opened_on, opened_precision, direction, kind, basis, honour_and_dignity)
);
comment on table report_case_count is 'derived: legal cases by opening date, direction, kind and basis (V13 triggers)';

-- The triggers add +1 for each counted row a statement writes and -1 for each counted row it replaces or deletes,
-- summed by key, to the counts in the key's order (the sums carry no check constraint: PostgreSQL checks the row an
-- upsert proposes, here a negative change, before it finds the row to add it to) (two transactions writing the same counts then wait for each
-- other instead of deadlocking); counts that fall to zero are removed. plpgsql parses a statement only when it
-- first runs it, so each branch names only the transition tables its kind of statement has.
create function report_count_incidents() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into report_incident_count as t (occurred_on, date_precision, primary_category, incidents)
        select occurred_on, date_precision, primary_category, count(*) from new_rows
        where workflow_state = 'published' group by 1, 2, 3 order by 1, 2, 3
        on conflict (occurred_on, date_precision, primary_category)
            do update set incidents = t.incidents + excluded.incidents;
        return null;
    elsif tg_op = 'UPDATE' then
        insert into report_incident_count as t (occurred_on, date_precision, primary_category, incidents)
        select occurred_on, date_precision, primary_category, sum(n) from (
            select occurred_on, date_precision, primary_category, -1 as n from old_rows
            where workflow_state = 'published'
            union all
            select occurred_on, date_precision, primary_category, 1 from new_rows where workflow_state = 'published') d
        group by 1, 2, 3 having sum(n) <> 0 order by 1, 2, 3
        on conflict (occurred_on, date_precision, primary_category)
            do update set incidents = t.incidents + excluded.incidents;
    else
        insert into report_incident_count as t (occurred_on, date_precision, primary_category, incidents)
        select occurred_on, date_precision, primary_category, -count(*) from old_rows
        where workflow_state = 'published' group by 1, 2, 3 order by 1, 2, 3
        on conflict (occurred_on, date_precision, primary_category)
            do update set incidents = t.incidents + excluded.incidents;
    end if;
    delete from report_incident_count c
    where c.incidents = 0 and (c.occurred_on, c.date_precision, c.primary_category) in (
        select occurred_on, date_precision, primary_category from old_rows);
    return null;
end
$$;

create function report_count_cases() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into report_case_count as t (opened_on, opened_precision, direction, kind, basis, honour_and_dignity,
                                            cases, claimed_kzt)
        select opened_on, opened_precision, direction, kind, coalesce(basis, ''), honour_and_dignity, count(*),
               coalesce(sum(claimed_kzt), 0)
        from new_rows group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6
        on conflict (opened_on, opened_precision, direction, kind, basis, honour_and_dignity)
            do update set cases = t.cases + excluded.cases, claimed_kzt = t.claimed_kzt + excluded.claimed_kzt;
        return null;
    elsif tg_op = 'UPDATE' then
        insert into report_case_count as t (opened_on, opened_precision, direction, kind, basis, honour_and_dignity,
                                            cases, claimed_kzt)
        select opened_on, opened_precision, direction, kind, basis, honour_and_dignity, sum(n), sum(claimed) from (
            select opened_on, opened_precision, direction, kind, coalesce(basis, '') as basis, honour_and_dignity,
                   -1 as n, -coalesce(claimed_kzt, 0) as claimed from old_rows
            union all
            select opened_on, opened_precision, direction, kind, coalesce(basis, ''), honour_and_dignity,
                   1, coalesce(claimed_kzt, 0) from new_rows) d
        group by 1, 2, 3, 4, 5, 6 having sum(n) <> 0 or sum(claimed) <> 0 order by 1, 2, 3, 4, 5, 6
        on conflict (opened_on, opened_precision, direction, kind, basis, honour_and_dignity)
            do update set cases = t.cases + excluded.cases, claimed_kzt = t.claimed_kzt + excluded.claimed_kzt;
    else
        insert into report_case_count as t (opened_on, opened_precision, direction, kind, basis, honour_and_dignity,
                                            cases, claimed_kzt)
        select opened_on, opened_precision, direction, kind, coalesce(basis, ''), honour_and_dignity, -count(*),
               -coalesce(sum(claimed_kzt), 0)
        from old_rows group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6
        on conflict (opened_on, opened_precision, direction, kind, basis, honour_and_dignity)
            do update set cases = t.cases + excluded.cases, claimed_kzt = t.claimed_kzt + excluded.claimed_kzt;
    end if;
    delete from report_case_count c
    where c.cases = 0 and (c.opened_on, c.opened_precision, c.direction, c.kind, c.basis, c.honour_and_dignity) in (
        select opened_on, opened_precision, direction, kind, coalesce(basis, ''), honour_and_dignity from old_rows);
    return null;
end
$$;

-- TRUNCATE fires no statement triggers of the kinds above: the counts are emptied with their table.
create function report_counts_truncate() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'incident' then
        truncate report_incident_count;
    else
        truncate report_case_count;
    end if;
    return null;
end
$$;

create trigger incident_report_count_ins after insert on incident referencing new table as new_rows
    for each statement execute function report_count_incidents();
create trigger incident_report_count_upd after update on incident
    referencing old table as old_rows new table as new_rows
    for each statement execute function report_count_incidents();
create trigger incident_report_count_del after delete on incident referencing old table as old_rows
    for each statement execute function report_count_incidents();
create trigger incident_report_count_truncate after truncate on incident
    for each statement execute function report_counts_truncate();

create trigger legal_case_report_count_ins after insert on legal_case referencing new table as new_rows
    for each statement execute function report_count_cases();
create trigger legal_case_report_count_upd after update on legal_case
    referencing old table as old_rows new table as new_rows
    for each statement execute function report_count_cases();
create trigger legal_case_report_count_del after delete on legal_case referencing old table as old_rows
    for each statement execute function report_count_cases();
create trigger legal_case_report_count_truncate after truncate on legal_case
    for each statement execute function report_counts_truncate();

-- Counts every summary afresh from the records: after a bulk load with triggers off, or to check them.
create procedure report_counts_rebuild() language sql as $$
    truncate report_incident_count, report_case_count;
    insert into report_incident_count (occurred_on, date_precision, primary_category, incidents)
    select occurred_on, date_precision, primary_category, count(*) from incident where workflow_state = 'published'
    group by 1, 2, 3;
    insert into report_case_count (opened_on, opened_precision, direction, kind, basis, honour_and_dignity, cases,
                                   claimed_kzt)
    select opened_on, opened_precision, direction, kind, coalesce(basis, ''), honour_and_dignity, count(*),
           coalesce(sum(claimed_kzt), 0)
    from legal_case group by 1, 2, 3, 4, 5, 6;
$$;

-- the databases that exist already have records
call report_counts_rebuild();
