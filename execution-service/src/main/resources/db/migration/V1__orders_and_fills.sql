-- Orders as recorded by the execution service (Alpaca-style statuses plus 'denied' = refused by risk).
-- Quantities and prices are exact: numeric(38,10); filled_notional is the exact sum of qty x price over all fills
-- (qty has up to 9 and price up to 8 decimals, hence 18 decimals), from which the average fill price is derived.
create table orders (
    id               varchar(64)   not null primary key,
    account_id       varchar(64)   not null,
    client_order_id  varchar(128)  not null,
    request_id       varchar(36),
    correlation_id   varchar(128),
    symbol           varchar(32)   not null,
    side             varchar(8)    not null,
    order_type       varchar(16)   not null,
    time_in_force    varchar(8)    not null,
    qty              numeric(38,10) not null,
    limit_price      numeric(38,10),
    stop_price       numeric(38,10),
    source           varchar(16)   not null,
    bot_id           varchar(64),
    status           varchar(24)   not null,
    filled_qty       numeric(38,10) not null,
    filled_notional  numeric(38,18) not null,
    fill_count       integer       not null,
    reason_code      varchar(64),
    reason_detail    varchar(1000),
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    submitted_at     timestamp with time zone,
    filled_at        timestamp with time zone,
    constraint orders_account_client_order_id unique (account_id, client_order_id)
);

create index orders_symbol_status on orders (symbol, status);
create index orders_account_created on orders (account_id, created_at);

-- One row per execution; the deterministic trade id makes a replayed match a no-op.
create table fills (
    trade_id       varchar(64)   not null primary key,
    order_id       varchar(64)   not null references orders (id),
    account_id     varchar(64)   not null,
    sequence_no    integer       not null,
    symbol         varchar(32)   not null,
    side           varchar(8)    not null,
    qty            numeric(38,10) not null,
    price          numeric(38,10) not null,
    quote_price    numeric(38,10) not null,
    venue          varchar(32)   not null,
    executed_at    timestamp with time zone not null,
    constraint fills_order_sequence unique (order_id, sequence_no)
);
