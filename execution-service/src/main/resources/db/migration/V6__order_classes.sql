-- Order classes (bracket, oco, oto). Every order of a group is a row of orders; group_id is the id of the group's
-- primary order (the entry of a bracket / oto, the take-profit limit order of an oco) and is set on the primary too.
-- leg_role marks the exits that are not the primary: take_profit or stop_loss. Bracket / oto legs are recorded
-- 'held' with the entry and released (qty set to what the entry filled, then pending_new and asked of risk) in the
-- transaction that ends the entry; an oco's two orders go to risk together. A simple order has all three null.
-- PostgreSQL and H2 (PostgreSQL mode).
alter table orders add column order_class varchar(16);
alter table orders add column group_id varchar(64);
alter table orders add column leg_role varchar(16);

create index orders_group on orders (group_id);
