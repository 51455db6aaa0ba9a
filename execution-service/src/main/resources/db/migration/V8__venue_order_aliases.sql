-- How a broker knows orders of ours that went to it as part of a pair of exits. The stop-loss of an Alpaca oco order
-- is created by Alpaca as a leg of the take-profit order, with a client_order_id Alpaca generates: its trade updates,
-- cancels and replaces are mapped to our stop-loss through its row here. The take-profit has a row with its own id
-- (the oco carries it), and so has an exit of a pair that went alone (its pair was denied): a row marks an exit as
-- sent. oco_with names the other order of the venue's oco pair (null for an exit that went alone). Every other order's
-- client order id at the venue is its own id (no row). PostgreSQL and H2 (PostgreSQL mode).
create table venue_order_aliases (
    venue_client_order_id varchar(128) not null primary key,
    order_id              varchar(64)  not null,
    venue_order_id        varchar(128) not null,
    oco_with              varchar(64),
    created_at            timestamp    not null
);

create unique index venue_order_aliases_order on venue_order_aliases (order_id);
