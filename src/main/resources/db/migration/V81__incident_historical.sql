-- An incident dated before 1991 (before independence) is recorded only when marked historical: such a date is
-- more often a typing error (1924 for 2024) than an event the monitoring follows.
alter table incident add column historical boolean not null default false;
