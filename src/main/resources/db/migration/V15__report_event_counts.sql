-- The events of legal cases' timelines counted the way V13 counts incidents and cases: by date, precision, kind,
-- and the direction and basis of their case (decisions by whether they favoured the media; money summed). The
-- report reads court decisions, money collected and the steps of art. 158 complaints from here. Kept exact by
-- triggers on legal_case_event, and on legal_case when a case changes direction or basis or is deleted.
create table report_event_count (
    occurred_on        date not null,
    date_precision     text not null,
    kind               text not null,
    direction          text not null,
    basis              text not null,
    in_favour_of_media boolean not null, -- not said counts as not in favour
    events             bigint not null,
    amount_kzt         bigint not null,
    primary key (occurred_on, date_precision, kind, direction, basis, in_favour_of_media)
);
comment on table report_event_count is 'derived: case events by date, kind and their case''s direction and basis (V15)';
create index report_event_count_kind_idx on report_event_count (kind, direction, occurred_on)
    include (date_precision, basis, in_favour_of_media, events, amount_kzt);

-- the art. 158 series reads a few categories, or one basis, over many years
create index report_incident_count_category_idx on report_incident_count (primary_category, occurred_on)
    include (date_precision, incidents);
create index report_case_count_basis_idx on report_case_count (basis, direction, opened_on)
    include (opened_precision, cases);

-- Adds the events of p_rows (case_id, occurred_on, date_precision, kind, in_favour_of_media, amount_kzt, n with
-- n = +1 or -1) under their case's direction and basis as they are now, in the key's order; drops zero counts.
create function report_add_event_counts(p_rows jsonb) returns void language sql as $$
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

create function report_count_events() returns trigger language plpgsql as $$
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

create trigger legal_case_event_report_count_ins after insert on legal_case_event
    referencing new table as new_rows for each statement execute function report_count_events();
create trigger legal_case_event_report_count_upd after update on legal_case_event
    referencing old table as old_rows new table as new_rows for each statement execute function report_count_events();
create trigger legal_case_event_report_count_del after delete on legal_case_event
    referencing old table as old_rows for each statement execute function report_count_events();

-- A case's events are counted under its direction and basis: when those change, its events move with them.
create function report_move_event_counts() returns trigger language plpgsql as $$
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

create trigger legal_case_report_event_count_upd after update on legal_case
    referencing old table as old_rows new table as new_rows
    for each statement execute function report_move_event_counts();

-- A deleted case takes its events with it (on delete cascade); they are deleted first here, while the case still
-- says under which direction and basis they were counted.
create function report_delete_case_events() returns trigger language plpgsql as $$
begin
    delete from legal_case_event where case_id = old.id;
    return old;
end
$$;

create trigger legal_case_report_event_count_del before delete on legal_case
    for each row execute function report_delete_case_events();

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

create trigger legal_case_event_report_count_truncate after truncate on legal_case_event
    for each statement execute function report_counts_truncate();

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

call report_counts_rebuild();
