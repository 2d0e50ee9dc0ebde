-- Demand matching (NET-8.4a): a published demand, the offers the scheduling layer answered with,
-- and the offer accepted (automatically by the user's rule, or confirmed by the user).
create table market_demand (
  id           varchar(63)   primary key,
  number       varchar(63)   not null unique,
  tenant_id    varchar(63)   not null references tenant (id) on delete cascade,
  org_id       varchar(63),
  user_id      varchar(63)   not null,
  name         varchar(128)  not null,
  cpu          bigint        not null,
  memory_mb    bigint        not null,
  gpu          bigint        not null,
  gpu_type     varchar(63),
  quantity     int           not null,
  duration     varchar(31)   not null,
  region       varchar(63),
  budget       numeric(20, 4),
  start_at     timestamptz,
  rule         varchar(15)   not null,
  weights      jsonb         not null default '{}',
  policy       varchar(63),
  state        varchar(31)   not null,
  reason       varchar(512),
  offer_id     varchar(63),
  order_id     varchar(63),
  created_at   timestamptz   not null,
  updated_at   timestamptz   not null
);
create index market_demand_tenant on market_demand (tenant_id, created_at desc);

create table market_offer (
  id             varchar(63)    primary key,
  demand_id      varchar(63)    not null references market_demand (id) on delete cascade,
  rank           int            not null,
  center_id      varchar(63)    not null,
  region         varchar(63),
  spec_id        varchar(63)    not null,
  -- the resources of one instance of the spec: what the order grants per instance
  cpu            bigint         not null,
  memory_mb      bigint         not null,
  gpu            bigint         not null,
  storage_gb     bigint         not null,
  price_per_hour numeric(20, 4) not null,
  total_price    numeric(20, 4) not null,
  earliest_start timestamptz    not null,
  energy_kwh     numeric(20, 4) not null,
  score          numeric(10, 4) not null,
  performance    numeric(10, 4) not null
);
create index market_offer_demand on market_offer (demand_id, rank);
