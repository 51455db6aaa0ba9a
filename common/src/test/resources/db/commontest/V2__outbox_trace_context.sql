-- As every service's migration outbox_trace_context: the W3C traceparent of the span that wrote the row.
alter table outbox add column traceparent varchar(55);
