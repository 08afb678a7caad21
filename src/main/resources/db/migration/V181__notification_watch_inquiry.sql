-- Requests to state bodies can be watched like incidents and legal cases: the watcher hears of the answer, an
-- extension of the term, and the request going overdue.
alter table notification_watch drop constraint notification_watch_record_kind_check;
alter table notification_watch add constraint notification_watch_record_kind_check
    check (record_kind in ('incident', 'legal_case', 'inquiry'));
