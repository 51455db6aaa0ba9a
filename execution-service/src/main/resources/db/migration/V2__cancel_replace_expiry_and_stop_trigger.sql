-- Cancel/replace links, day-order expiry and remembered stop triggers.
-- replaces / replaced_by: the order this one replaced and the order that replaced it (Alpaca's fields).
-- expires_at: when a day order expires (session close of the market clock); null = never (gtc, always-open market).
-- stop_triggered_at: when a stop / stop_limit order's stop price was reached (remembered once).
alter table orders add column replaces varchar(64);
alter table orders add column replaced_by varchar(64);
alter table orders add column expires_at timestamp with time zone;
alter table orders add column stop_triggered_at timestamp with time zone;

create index orders_status_expires on orders (status, expires_at);
create index orders_bot_status on orders (bot_id, status);
