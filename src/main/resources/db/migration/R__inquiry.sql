-- The inquiry module's live functions (see InquiryStatus for the rule in Java; the two must say the same).

-- Where an inquiry stands on a day: unanswered (awaiting, due_soon within three days of the deadline, overdue) or
-- answered (answered by the deadline in force, answered_late, partial, refused).
create or replace function inquiry_status(deadline date, extended_to date, answered_on date, outcome text,
                                          today date) returns text
    language sql immutable parallel safe as $$
    select case
        when answered_on is not null and outcome = 'refused' then 'refused'
        when answered_on is not null and outcome = 'partial' then 'partial'
        when answered_on is not null then
            case when answered_on > coalesce(extended_to, deadline) then 'answered_late' else 'answered' end
        when today > coalesce(extended_to, deadline) then 'overdue'
        when today + 3 < coalesce(extended_to, deadline) then 'awaiting'
        else 'due_soon' end
$$;

-- The same on the last day of a period, for counting: an answer dated after that day is not known yet, so the
-- inquiry counts as unanswered in that period's figures.
create or replace function inquiry_status_on(deadline date, extended_to date, answered_on date, outcome text,
                                             day date) returns text
    language sql immutable parallel safe as $$
    select case when answered_on is not null and answered_on > day
                then inquiry_status(deadline, extended_to, null, null, day)
                else inquiry_status(deadline, extended_to, answered_on, outcome, day) end
$$;

-- ---------------------------------------------------------------- yearly counts per body (inquiry_year_count, V180)
-- The key a request is counted under; null when it is not counted (a draft, or not addressed to the state).
create or replace function inquiry_year_key(published_at timestamptz, state_addressee boolean, sent_on date,
                                            addressee_actor_id bigint, addressee_name text, deadline date,
                                            extended_to date, answered_on date, outcome text)
    returns jsonb language sql immutable as $$
    select case when published_at is null or not state_addressee then null else jsonb_build_object(
        'sent_year', extract(year from sent_on)::int,
        'addressee_actor_id', coalesce(addressee_actor_id, 0),
        'addressee_name', addressee_name,
        'answer_column', case when answered_on is null then 'open'
                              when outcome = 'refused' then 'refused'
                              when outcome = 'partial' then 'partial'
                              when answered_on <= coalesce(extended_to, deadline) then 'on_time'
                              else 'late' end,
        'answered_year', coalesce(extract(year from answered_on)::int, 0),
        'overdue_year', extract(year from coalesce(extended_to, deadline) + 1)::int) end
$$;

-- Adds p_keys (inquiry_year_key with n = +1 or -1) summed by key, in the key's order so that two transactions
-- writing the same counts wait for each other instead of deadlocking; drops counts that fall to zero.
create or replace function inquiry_add_year_counts(p_keys jsonb) returns void language sql as $$
    insert into inquiry_year_count as t (sent_year, addressee_actor_id, addressee_name, answer_column,
                                         answered_year, overdue_year, requests)
    select (k ->> 'sent_year')::int, (k ->> 'addressee_actor_id')::bigint, k ->> 'addressee_name',
           k ->> 'answer_column', (k ->> 'answered_year')::int, (k ->> 'overdue_year')::int, sum((k ->> 'n')::int)
    from jsonb_array_elements(coalesce(p_keys, '[]')) k where k ->> 'sent_year' is not null
    group by 1, 2, 3, 4, 5, 6 having sum((k ->> 'n')::int) <> 0 order by 1, 2, 3, 4, 5, 6
    on conflict (sent_year, addressee_actor_id, addressee_name, answer_column, answered_year, overdue_year)
        do update set requests = t.requests + excluded.requests;
    delete from inquiry_year_count c where c.requests = 0
        and (c.sent_year, c.addressee_name) in (select (k ->> 'sent_year')::int, k ->> 'addressee_name'
                                               from jsonb_array_elements(coalesce(p_keys, '[]')) k
                                               where k ->> 'sent_year' is not null);
$$;

create or replace function inquiry_count_years() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform inquiry_add_year_counts((select jsonb_agg(yk || '{"n": -1}') from old_rows o
            cross join lateral inquiry_year_key(o.published_at, o.state_addressee, o.sent_on, o.addressee_actor_id,
                o.addressee_name, o.deadline, o.extended_to, o.answered_on, o.outcome) as k(yk) where yk is not null));
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform inquiry_add_year_counts((select jsonb_agg(yk || '{"n": 1}') from new_rows n
            cross join lateral inquiry_year_key(n.published_at, n.state_addressee, n.sent_on, n.addressee_actor_id,
                n.addressee_name, n.deadline, n.extended_to, n.answered_on, n.outcome) as k(yk) where yk is not null));
    end if;
    return null;
end
$$;

create or replace function inquiry_year_counts_truncate() returns trigger language plpgsql as $$
begin
    truncate inquiry_year_count;
    return null;
end
$$;

-- Counts them afresh from the requests: after a bulk load with triggers off, or to check them.
create or replace procedure inquiry_year_counts_rebuild() language sql as $$
    truncate inquiry_year_count;
    select inquiry_add_year_counts((select jsonb_agg(yk || '{"n": 1}') from inquiry q
        cross join lateral inquiry_year_key(q.published_at, q.state_addressee, q.sent_on, q.addressee_actor_id,
            q.addressee_name, q.deadline, q.extended_to, q.answered_on, q.outcome) as k(yk) where yk is not null));
$$;

create or replace trigger inquiry_year_count_ins after insert on inquiry
    referencing new table as new_rows for each statement execute function inquiry_count_years();
create or replace trigger inquiry_year_count_upd after update on inquiry
    referencing old table as old_rows new table as new_rows for each statement execute function inquiry_count_years();
create or replace trigger inquiry_year_count_del after delete on inquiry
    referencing old table as old_rows for each statement execute function inquiry_count_years();
create or replace trigger inquiry_year_count_truncate after truncate on inquiry
    for each statement execute function inquiry_year_counts_truncate();

-- Flyway runs this file again whenever it changes: the counts are made afresh by the rules just defined.
call inquiry_year_counts_rebuild();
