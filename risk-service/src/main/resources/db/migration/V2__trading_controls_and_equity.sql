-- Runtime controls of the risk authority and per-account equity marks. PostgreSQL and H2 (PostgreSQL mode).

-- The trading state of each scope ('global', 'account:<id>', 'bot:<id>'); a scope without a row is active.
create table trading_states (
    scope       varchar(200) not null primary key,
    state       varchar(16)  not null,
    kill_switch boolean      not null,
    reason      varchar(500),
    changed_by  varchar(200) not null,
    version     bigint       not null,
    changed_at  timestamp with time zone not null
);

-- Every version of the limits ever in force (the highest is current); values by limit name, as text.
create table risk_limit_versions (
    version    bigint       not null primary key,
    changed_by varchar(200) not null,
    changed_at timestamp with time zone not null
);

create table risk_limit_values (
    version bigint       not null,
    name    varchar(64)  not null,
    limit_value varchar(64) not null,
    primary key (version, name)
);

-- Equity reference points per account: start-of-day equity (UTC day), high-water mark, latest equity.
create table account_equity (
    account_id       varchar(64)    not null primary key,
    trading_day      date           not null,
    day_start_equity numeric(38,10) not null,
    high_water_mark  numeric(38,10) not null,
    equity           numeric(38,10) not null,
    updated_at       timestamp with time zone not null
);

-- The snapshot's mark price of each position (for exposure and concentration).
alter table account_positions add column market_price numeric(38,10);

-- One row per account, locked (select ... for update) while an order of the account is decided, so concurrent
-- requests of one account are decided one after the other even across replicas.
create table account_decision_locks (
    account_id varchar(64) not null primary key
);

create index decisions_account_outcome_time on decisions (account_id, outcome, decided_at);
