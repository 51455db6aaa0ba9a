create table applied_fills (
    trade_id   varchar(64) primary key,
    account_id varchar(64) not null,
    notional   numeric(38, 10) not null
);
