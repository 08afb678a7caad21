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
