-- Orders and what they provision (issue 16; seed 003 我的订单 / 订单管理 / 我的资源; NET-8.3c).
-- The order table is also the provisioning outbox: a PENDING order, or one with a pending action,
-- is picked up by the provisioning loop until it is done, so nothing is lost across a restart.

create table market_order (
  id                 varchar(63)   primary key,
  number             varchar(63)   not null unique,
  -- the approved application item that created it (one order per NEW item), or null
  item_id            varchar(63)   unique,
  -- the demand whose accepted offer created it, or null
  demand_id          varchar(63)   unique,
  application_id     varchar(63),
  application_number varchar(63),
  tenant_id          varchar(63)   not null references tenant (id) on delete cascade,
  org_id             varchar(63),
  applicant_id       varchar(63)   not null,
  business_system_id varchar(63),
  product_id         varchar(63),
  product_name       varchar(128)  not null,
  type               varchar(31)   not null,
  center_id          varchar(63),
  quantity           int           not null,
  -- the amounts of one unit
  components         jsonb         not null,
  duration           varchar(31)   not null,
  price              numeric(20, 4),
  state              varchar(15)   not null,
  reason             varchar(512),
  -- RESIZE or TERMINATE waiting for the provisioning loop, or null
  pending_action     varchar(15),
  -- the resource stopped by its holder (a vGPU slice), not released
  stopped            boolean       not null default false,
  attempts           int           not null default 0,
  start_at           timestamptz,
  end_at             timestamptz,
  created_at         timestamptz   not null,
  updated_at         timestamptz   not null
);
create index market_order_work on market_order (state, pending_action);
create index market_order_tenant on market_order (tenant_id, created_at desc);

-- Every state change and every applied change (renew, resize, terminate, stop, start).
create table market_order_history (
  id         bigserial    primary key,
  order_id   varchar(63)  not null references market_order (id) on delete cascade,
  at         timestamptz  not null,
  from_state varchar(15),
  to_state   varchar(15)  not null,
  action     varchar(31)  not null,
  actor      varchar(63),
  note       varchar(512)
);
create index market_order_history_order on market_order_history (order_id, id);

-- Approved RENEW / RESIZE / TERMINATE items already applied: a replayed approval changes nothing.
create table market_order_change (
  item_id    varchar(63)  primary key,
  order_id   varchar(63)  not null references market_order (id) on delete cascade,
  action     varchar(15)  not null,
  applied_at timestamptz  not null
);

-- A MANUAL order's fulfilment by people; the work order of market.ticket takes it over.
create table manual_fulfilment (
  order_id   varchar(63)  primary key references market_order (id) on delete cascade,
  state      varchar(15)  not null,
  opened_at  timestamptz  not null,
  closed_at  timestamptz
);

-- API keys of MODEL_SERVICE orders: only the SHA-256 of a key is kept; the key itself is shown
-- once (reveal_once holds it until its holder first reads it, then it is cleared).
create table market_api_key (
  id          varchar(63)  primary key,
  order_id    varchar(63)  not null references market_order (id) on delete cascade,
  tenant_id   varchar(63)  not null,
  prefix      varchar(15)  not null,
  hash        varchar(64)  not null unique,
  reveal_once varchar(128),
  created_at  timestamptz  not null,
  revoked_at  timestamptz
);
create unique index market_api_key_live on market_api_key (order_id) where revoked_at is null;
