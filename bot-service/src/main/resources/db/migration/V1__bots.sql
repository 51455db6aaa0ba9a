-- Bots: strategy instances owned by an account.
create table bots (
    id          varchar(64)   not null primary key,
    account_id  varchar(64)   not null,
    strategy    varchar(64)   not null,
    params      varchar(4000) not null,   -- JSON object of string parameters
    symbols     varchar(2000) not null,   -- comma-separated symbols
    status      varchar(16)   not null,   -- RUNNING | STOPPED
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);

-- Every signal a bot emitted; client_order_id is derived from bot and signal, so an order is asked for once.
create table signals (
    id               varchar(36)   not null primary key,
    bot_id           varchar(64)   not null,
    symbol           varchar(16)   not null,
    side             varchar(8)    not null,
    quantity         numeric(38,10) not null,
    reason           varchar(500)  not null,
    bar_start        timestamp with time zone not null,
    bar_event_id     varchar(36)   not null,
    client_order_id  varchar(128)  not null unique,
    correlation_id   varchar(64)   not null,
    created_at       timestamp with time zone not null
);
create index signals_bot_created_idx on signals (bot_id, created_at);

-- Position of each bot per symbol, from its own fills (execution.fills.v1).
create table bot_positions (
    bot_id      varchar(64)   not null,
    symbol      varchar(16)   not null,
    quantity    numeric(38,10) not null,
    updated_at  timestamp with time zone not null,
    primary key (bot_id, symbol)
);
