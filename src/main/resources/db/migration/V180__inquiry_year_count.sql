-- Counts the public per-body page reads instead of placing every request of a period (docs/performance.md,
-- "Requests to state bodies"). Each row counts the published requests to the state sent in one year to one
-- addressee that share where they end up and when: the column of their answer ('open' while there is none), the
-- year of the answer (0 while there is none) and the year from whose last day they are overdue while unanswered
-- (the year of the day after the deadline in force). From these a whole-year period is placed on its last day
-- exactly as InquiryCounts places the requests themselves. Statement triggers (R__inquiry.sql) keep them exact in
-- the writing transaction; `call inquiry_year_counts_rebuild()` counts them afresh (R__inquiry.sql does so each
-- time it changes, which also counts the requests recorded before this table).
create table inquiry_year_count (
    sent_year          int not null,
    -- 0 when the addressee is known by name only
    addressee_actor_id bigint not null,
    addressee_name     text not null,
    answer_column      text not null check (answer_column in ('on_time', 'late', 'partial', 'refused', 'open')),
    answered_year      int not null,
    overdue_year       int not null,
    requests           bigint not null,
    primary key (sent_year, addressee_actor_id, addressee_name, answer_column, answered_year, overdue_year)
);
comment on table inquiry_year_count is
    'derived: published requests to the state by year sent, addressee and where they end up (R__inquiry.sql triggers)';

