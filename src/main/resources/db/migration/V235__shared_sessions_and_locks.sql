-- Several Kuzet instances on one database (docs/deployment.md). Sessions live here (Spring Session JDBC's tables, in
-- the shape its PostgreSQL repository reads), so a person signed in on one instance is signed in on all; scheduled
-- work takes a row of shedlock first, so that digests, reminders and feed polls run once, not once per instance.
create table spring_session (
    primary_id            char(36) primary key,
    session_id            char(36) not null unique,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100)
);
create index spring_session_expiry on spring_session (expiry_time);
create index spring_session_principal on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null references spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    primary key (session_primary_id, attribute_name)
);

-- in UTC, without a zone: what ShedLock writes when it takes the database's clock
create table shedlock (
    name       varchar(64) primary key,
    lock_until timestamp not null,
    locked_at  timestamp not null,
    locked_by  varchar(255) not null
);

-- Sign-in failures and lockouts, per account name and address and per address (LoginThrottle decides, this keeps)
create table security_failure (
    key          text primary key,
    failures     int not null,
    lockouts     int not null,
    last_failure timestamptz not null,
    locked_until timestamptz not null
);

-- The rate limit's token buckets, per kind of request and client address: shared by every instance, and not worth
-- a write-ahead log (a crash forgets them, which only gives clients a full bucket again)
create unlogged table security_bucket (
    key         text primary key,
    tokens      double precision not null,
    refilled_at timestamptz not null
);
create index security_bucket_refilled on security_bucket (refilled_at);
