-- The W3C traceparent of the span that wrote the outbox row (common's Outbox fills it, OutboxRelay continues that
-- trace when it sends the event later). Null when the row was written outside a trace.
alter table outbox add column traceparent varchar(55);
