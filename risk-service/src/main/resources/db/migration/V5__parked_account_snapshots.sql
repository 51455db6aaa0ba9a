-- An account snapshot that includes fills risk has not seen yet waits here (one per account, the newest) until risk
-- has seen them: applied earlier, its cash would already be reduced by fills whose orders risk still reserves.
-- PostgreSQL and H2 (PostgreSQL mode).
create table parked_account_snapshots (
    account_id    varchar(64)   not null primary key,
    version       bigint        not null,
    fills_applied bigint        not null,
    payload       text          not null,
    parked_since  timestamp with time zone not null
);
