-- An order that ended (canceled, expired, rejected, ...) before risk decided it: at startup risk works off the order
-- events before it decides the waiting requests, so a request whose order was canceled while risk was down meets
-- its OrderCanceled first. Its approval then reserves nothing (else the reservation would never be released).
-- PostgreSQL and H2 (PostgreSQL mode).
create table orders_ended_before_decision (
    account_id       varchar(64)    not null,
    client_order_id  varchar(128)   not null,
    filled_quantity  numeric(38,10) not null,
    ended_at         timestamp with time zone not null,
    primary key (account_id, client_order_id)
);
