-- Asset master: the definition of every asset this service publishes on market-data.assets.v1.
create table assets (
    symbol        varchar(16)   not null primary key,
    name          varchar(200)  not null,
    asset_class   varchar(32)   not null,
    exchange      varchar(32)   not null,
    tradable      boolean       not null,
    shortable     boolean       not null,
    fractionable  boolean       not null,
    lot_size      numeric(38,10) not null,
    tick_size     numeric(38,10) not null,
    updated_at    timestamp with time zone not null
);

-- Closed 1-minute bars (market time), one row per symbol and bar start.
create table bars (
    symbol        varchar(16)   not null,
    timeframe     varchar(8)    not null,
    bar_start     timestamp with time zone not null,
    bar_end       timestamp with time zone not null,
    open_price    numeric(38,10) not null,
    high_price    numeric(38,10) not null,
    low_price     numeric(38,10) not null,
    close_price   numeric(38,10) not null,
    volume        bigint        not null,
    event_id      varchar(36)   not null,
    published_at  timestamp with time zone not null,
    primary key (symbol, timeframe, bar_start)
);

create index bars_start_idx on bars (bar_start);
