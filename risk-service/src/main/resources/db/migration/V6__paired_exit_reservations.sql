-- The exit an order is paired with, one cancelling the other (a bracket's take-profit and stop-loss, an oco's two
-- orders; OrderRequested.ocoWith): execution never lets the two fill more than one of them between them, so their
-- reservations count once. Null for every other order. PostgreSQL and H2 (PostgreSQL mode).
alter table reservations add column oco_with varchar(128);
