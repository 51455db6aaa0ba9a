-- Trailing stops: the ticket's trail (price or percent) and the watermark the stop follows. PostgreSQL and H2.
alter table orders add column trail_price numeric(38,10);
alter table orders add column trail_percent numeric(10, 4);
alter table orders add column trail_watermark numeric(38,10);
