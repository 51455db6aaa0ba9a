-- Client order ids a venue gave to orders of ours: the stop-loss of an Alpaca oco order is created by Alpaca as a
-- leg of the take-profit order, with a client_order_id Alpaca generates; its trade updates are mapped back to our
-- stop-loss order through this row. Every other order's client order id at the venue is its own id (no row).
-- PostgreSQL and H2 (PostgreSQL mode).
create table venue_order_aliases (
    venue_client_order_id varchar(128) not null primary key,
    order_id              varchar(64)  not null,
    venue_order_id        varchar(128) not null,
    created_at            timestamp    not null
);

create unique index venue_order_aliases_order on venue_order_aliases (order_id);
