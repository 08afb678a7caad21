-- Security notices of an account (a sign-in from a new address, a change of the second factor or the role, an API
-- token made, an export of confidential data): shown on the holder's dashboard and mailed; none can be turned off.
-- Owned by the notification module.
create table notification_security_notice (
    id          bigserial primary key,
    username    text not null,
    kind        text not null,
    details     jsonb not null default '[]',
    noticed_at  timestamptz not null default now()
);
create index notification_security_notice_user on notification_security_notice (username, noticed_at desc);
