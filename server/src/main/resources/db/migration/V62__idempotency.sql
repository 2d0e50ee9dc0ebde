-- Idempotency-Key (issue 13, docs/api.md): the first answer to a request per caller and key, so
-- that a repeat returns it instead of doing the work again. PENDING while the first request runs;
-- instance_id tells a request in flight on this server from one a restart interrupted.
create table idempotency_key (
  scope        varchar(160) not null,
  idem_key     varchar(255) not null,
  request_hash varchar(64)  not null,
  instance_id  varchar(36)  not null,
  state        varchar(8)   not null,
  status       integer,
  content_type varchar(255),
  body         bytea,
  created_at   timestamptz  not null,
  primary key (scope, idem_key)
);

create index idempotency_key_created on idempotency_key (created_at);
