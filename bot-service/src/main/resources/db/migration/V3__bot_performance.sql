-- Per-bot P&L and hit rate (average-cost accounting of trading-core's Position over the bot's own fills).
-- Rows of positions opened before this migration start with a zero cost basis: their first close realises the
-- whole proceeds, so P&L is exact only for positions opened after it.
alter table bot_positions add column cost_basis numeric(38,18) default 0 not null;
alter table bot_positions add column realized_pnl numeric(38,18) default 0 not null;
-- P&L realised so far by the round trip still open (flat -> position -> flat); moved into the counts on close.
alter table bot_positions add column open_trip_pnl numeric(38,18) default 0 not null;
alter table bot_positions add column round_trips bigint default 0 not null;
alter table bot_positions add column winning_round_trips bigint default 0 not null;
