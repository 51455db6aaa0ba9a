-- Symbol-list limits (restricted_symbols, hard_to_borrow_symbols) need longer values; located shares for short
-- sales of hard-to-borrow symbols. PostgreSQL and H2 (PostgreSQL mode).

alter table risk_limit_values alter column limit_value set data type varchar(6000);

-- Shares located for short sales, per account, symbol and New York trading day (a locate is good for that day):
-- located adds up every registration, used every approved short sale.
create table locates (
    account_id  varchar(64)    not null,
    symbol      varchar(32)    not null,
    trading_day date           not null,
    located     numeric(30, 9) not null,
    used        numeric(30, 9) not null,
    located_by  varchar(200)   not null,
    updated_at  timestamp with time zone not null,
    primary key (account_id, symbol, trading_day),
    constraint locates_used_within_located check (used >= 0 and used <= located)
);
