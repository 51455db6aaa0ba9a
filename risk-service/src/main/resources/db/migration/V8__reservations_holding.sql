-- Every decision reads the account's reservations that still hold something (remaining_quantity > 0). The primary
-- key (account_id, client_order_id) made that a walk over every order the account ever had; with the remainder in
-- the index only the holding rows are read. PostgreSQL and H2 (PostgreSQL mode).
create index reservations_holding on reservations (account_id, remaining_quantity);
