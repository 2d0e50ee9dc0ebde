-- The work order (market ticket) opened for a manual fulfilment; only resolving that ticket makes
-- the order ACTIVE. Null for fulfilments opened before the order and ticket parts were joined.
alter table manual_fulfilment add column ticket_id varchar(63);
