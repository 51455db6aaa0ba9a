-- Portfolio ledger. Money columns keep 18 decimals: cash and cost basis are exact sums of qty (9 decimals) x price
-- (8 decimals) and must never be rounded by the database.
create table accounts (
    id            varchar(64)    not null primary key,
    starting_cash numeric(38,18) not null,
    cash          numeric(38,18) not null,
    realized_pnl  numeric(38,18) not null,
    fills_applied bigint         not null,
    version       bigint         not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);

-- One row per symbol the account has traded; flat rows (qty 0) keep the symbol's realised P&L.
create table positions (
    account         varchar(64)    not null references accounts (id),
    symbol          varchar(20)    not null,
    qty             numeric(38,10) not null,
    cost_basis      numeric(38,18) not null,
    realized_pnl    numeric(38,18) not null,
    last_fill_price numeric(38,10),
    updated         timestamp with time zone not null,
    primary key (account, symbol)
);

-- Every fill applied, unique by trade id: a fill re-published under a new event id is still applied once.
create table applied_fills (
    trade_id   varchar(64)    not null primary key,
    account    varchar(64)    not null references accounts (id),
    event_id   varchar(36)    not null,
    symbol     varchar(20)    not null,
    side       varchar(8)     not null,
    qty        numeric(38,10) not null,
    price      numeric(38,10) not null,
    applied_at timestamp with time zone not null
);

create index positions_symbol_idx on positions (symbol);
