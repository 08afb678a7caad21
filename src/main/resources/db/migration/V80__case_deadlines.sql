-- A case's timeline may hold dates set ahead: a deadline (for an appeal, a reply, a payment) beside the hearing.
-- Only these two kinds may lie in the future; the timeline rules in the legalcase module say so.
alter table legal_case_event drop constraint legal_case_event_kind_check;
alter table legal_case_event add constraint legal_case_event_kind_check
    check (kind in ('filed', 'investigation_opened', 'sent_to_court', 'hearing', 'judgment', 'appeal', 'cassation',
                    'in_force', 'enforcement', 'dismissed', 'closed', 'deadline'));
