-- Owner: the report module (org.kuzet.report). The live trigger functions and triggers that keep the report's
-- counts (report_incident_count, report_case_count, report_event_count) exact in the writing transaction, and the
-- procedure that counts them afresh. The tables themselves are in V13 and V15; this file is the one place where
-- the functions and triggers are defined: change them here, not in a new versioned migration. Flyway runs it
-- after the versioned migrations and again whenever it changes, so every statement replaces what is there.

-- The triggers add +1 for each counted row a statement writes and -1 for each counted row it replaces or deletes,
-- summed by key, to the counts in the key's order, so that two transactions writing the same counts wait for each
-- other instead of deadlocking (the sums carry no check constraint: PostgreSQL checks the row an upsert proposes,
-- here a negative change, before it finds the row to add it to); counts that fall to zero are removed. plpgsql
-- parses a statement only when it first runs it, so each branch names only the transition tables its kind of
-- statement has.
create or replace function report_count_incidents() returns trigger language plpgsql as $$
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

create or replace function report_count_cases() returns trigger language plpgsql as $$
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
create or replace function report_counts_truncate() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'incident' then
        truncate report_incident_count;
    elsif tg_table_name = 'legal_case' then
        truncate report_case_count, report_event_count;
    else
        truncate report_event_count;
    end if;
    return null;
end
$$;

-- Adds the events of p_rows (case_id, occurred_on, date_precision, kind, in_favour_of_media, amount_kzt, n with
-- n = +1 or -1) under their case's direction and basis as they are now, in the key's order; drops zero counts.
create or replace function report_add_event_counts(p_rows jsonb) returns void language sql as $$
    insert into report_event_count as t (occurred_on, date_precision, kind, direction, basis, in_favour_of_media,
                                         events, amount_kzt)
    select (r ->> 'occurred_on')::date, r ->> 'date_precision', r ->> 'kind', c.direction, coalesce(c.basis, ''),
           coalesce((r ->> 'in_favour_of_media')::boolean, false), sum((r ->> 'n')::int),
           sum((r ->> 'n')::int * coalesce((r ->> 'amount_kzt')::bigint, 0))
    from jsonb_array_elements(p_rows) r join legal_case c on c.id = (r ->> 'case_id')::bigint
    group by 1, 2, 3, 4, 5, 6 having sum((r ->> 'n')::int) <> 0
        or sum((r ->> 'n')::int * coalesce((r ->> 'amount_kzt')::bigint, 0)) <> 0
    order by 1, 2, 3, 4, 5, 6
    on conflict (occurred_on, date_precision, kind, direction, basis, in_favour_of_media)
        do update set events = t.events + excluded.events, amount_kzt = t.amount_kzt + excluded.amount_kzt;
    delete from report_event_count where events = 0 and amount_kzt = 0
        and occurred_on in (select (r ->> 'occurred_on')::date from jsonb_array_elements(p_rows) r);
$$;

create or replace function report_count_events() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform report_add_event_counts((select jsonb_agg(to_jsonb(o) || '{"n": -1}') from old_rows o));
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform report_add_event_counts((select jsonb_agg(to_jsonb(n) || '{"n": 1}') from new_rows n));
    end if;
    return null;
end
$$;

-- A case's events are counted under its direction and basis: when those change, its events move with them.
create or replace function report_move_event_counts() returns trigger language plpgsql as $$
declare
    moved bigint[];
begin
    select array_agg(n.id) into moved from new_rows n join old_rows o on o.id = n.id
    where (n.direction, coalesce(n.basis, '')) is distinct from (o.direction, coalesce(o.basis, ''));
    if moved is null then
        return null;
    end if;
    -- take them out under the old direction and basis, then add them under the new
    insert into report_event_count as t (occurred_on, date_precision, kind, direction, basis, in_favour_of_media,
                                         events, amount_kzt)
    select e.occurred_on, e.date_precision, e.kind, o.direction, coalesce(o.basis, ''),
           coalesce(e.in_favour_of_media, false), -count(*), -coalesce(sum(e.amount_kzt), 0)
    from old_rows o join legal_case_event e on e.case_id = o.id
    where o.id = any (moved)
    group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6
    on conflict (occurred_on, date_precision, kind, direction, basis, in_favour_of_media)
        do update set events = t.events + excluded.events, amount_kzt = t.amount_kzt + excluded.amount_kzt;
    perform report_add_event_counts((select jsonb_agg(to_jsonb(e) || '{"n": 1}') from legal_case_event e
                                     where e.case_id = any (moved)));
    delete from report_event_count where events = 0 and amount_kzt = 0
        and occurred_on in (select occurred_on from legal_case_event where case_id = any (moved));
    return null;
end
$$;

-- A deleted case takes its events with it (on delete cascade); they are deleted first here, while the case still
-- says under which direction and basis they were counted.
create or replace function report_delete_case_events() returns trigger language plpgsql as $$
begin
    delete from legal_case_event where case_id = old.id;
    return old;
end
$$;

-- Counts every summary afresh from the records: after a bulk load with triggers off, or to check them.
create or replace procedure report_counts_rebuild() language sql as $$
    truncate report_incident_count, report_case_count, report_event_count;
    insert into report_incident_count (occurred_on, date_precision, primary_category, incidents)
    select occurred_on, date_precision, primary_category, count(*) from incident where workflow_state = 'published'
    group by 1, 2, 3;
    insert into report_case_count (opened_on, opened_precision, direction, kind, basis, honour_and_dignity, cases,
                                   claimed_kzt)
    select opened_on, opened_precision, direction, kind, coalesce(basis, ''), honour_and_dignity, count(*),
           coalesce(sum(claimed_kzt), 0)
    from legal_case group by 1, 2, 3, 4, 5, 6;
    insert into report_event_count (occurred_on, date_precision, kind, direction, basis, in_favour_of_media, events,
                                    amount_kzt)
    select e.occurred_on, e.date_precision, e.kind, c.direction, coalesce(c.basis, ''),
           coalesce(e.in_favour_of_media, false), count(*), coalesce(sum(e.amount_kzt), 0)
    from legal_case_event e join legal_case c on c.id = e.case_id group by 1, 2, 3, 4, 5, 6;
$$;

-- ---------------------------------------------------------------- triggers
-- Statement triggers with transition tables: one change of the counts per statement, however many rows.

-- incident: published incidents by date and primary category
create or replace trigger incident_report_count_ins after insert on incident
    referencing new table as new_rows for each statement execute function report_count_incidents();
create or replace trigger incident_report_count_upd after update on incident
    referencing old table as old_rows new table as new_rows
    for each statement execute function report_count_incidents();
create or replace trigger incident_report_count_del after delete on incident
    referencing old table as old_rows for each statement execute function report_count_incidents();
create or replace trigger incident_report_count_truncate after truncate on incident
    for each statement execute function report_counts_truncate();

-- legal_case: the cases, and its events moving when the case's direction or basis changes or it is deleted
create or replace trigger legal_case_report_count_ins after insert on legal_case
    referencing new table as new_rows for each statement execute function report_count_cases();
create or replace trigger legal_case_report_count_upd after update on legal_case
    referencing old table as old_rows new table as new_rows for each statement execute function report_count_cases();
create or replace trigger legal_case_report_count_del after delete on legal_case
    referencing old table as old_rows for each statement execute function report_count_cases();
create or replace trigger legal_case_report_count_truncate after truncate on legal_case
    for each statement execute function report_counts_truncate();
create or replace trigger legal_case_report_event_count_upd after update on legal_case
    referencing old table as old_rows new table as new_rows
    for each statement execute function report_move_event_counts();
create or replace trigger legal_case_report_event_count_del before delete on legal_case
    for each row execute function report_delete_case_events();

-- legal_case_event: the events of the cases' timelines
create or replace trigger legal_case_event_report_count_ins after insert on legal_case_event
    referencing new table as new_rows for each statement execute function report_count_events();
create or replace trigger legal_case_event_report_count_upd after update on legal_case_event
    referencing old table as old_rows new table as new_rows for each statement execute function report_count_events();
create or replace trigger legal_case_event_report_count_del after delete on legal_case_event
    referencing old table as old_rows for each statement execute function report_count_events();
create or replace trigger legal_case_event_report_count_truncate after truncate on legal_case_event
    for each statement execute function report_counts_truncate();
