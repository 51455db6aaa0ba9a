-- Execution algorithms: a parent order (algo_type set) is worked as child orders (parent_order_id set).
-- The parent is a row of orders like any order (its status, filled_qty and filled_notional aggregate its children's
-- fills) but the venue never works it, risk never sees it and no order event is published for it.
alter table orders add column algo_type varchar(16);
alter table orders add column parent_order_id varchar(64);

create index orders_parent on orders (parent_order_id);

-- The algorithm's parameters and progress, one row per parent (locked through the parent's orders row).
create table algo_parents (
    order_id          varchar(64)    not null primary key references orders (id),
    algo_type         varchar(16)    not null,
    duration          varchar(32),
    slices            integer,
    participation     numeric(38,10),
    display_qty       numeric(38,10),
    arrival_price     numeric(38,10),
    started_at        timestamp with time zone not null,
    slices_done       integer        not null,
    released_qty      numeric(38,10) not null,
    open_child_qty    numeric(38,10) not null,
    child_count       integer        not null,
    volume_mark       bigint         not null,
    stop_reason       varchar(1000)
);
