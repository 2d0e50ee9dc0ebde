-- Quota granted to a tenant by an order (issue 16): the tenant's and its organisations' quotas are
-- their base quota plus their active grants. One grant per order (idempotent provisioning);
-- center_id names the federation center (or 'pool' for the platform's accelerator pool).
-- visibility_added: the center was restricted to other tenants and the grant added this tenant.
create table quota_grant (
  order_id         varchar(63)  primary key,
  tenant_id        varchar(63)  not null references tenant (id) on delete cascade,
  org_id           varchar(63),
  center_id        varchar(63)  not null,
  cpu              bigint       not null,
  memory_mb        bigint       not null,
  disk_gb          bigint       not null,
  instances        bigint       not null,
  gpu              bigint       not null,
  active           boolean      not null,
  visibility_added boolean      not null default false,
  created_at       timestamptz  not null,
  updated_at       timestamptz  not null
);
create index quota_grant_tenant on quota_grant (tenant_id) where active;

-- A vGPU slice reserved on the pool by an order: the tenant's pool quota (compute percent, card
-- memory), when it has one, grows by the active reservations.
create table pool_reservation (
  order_id        varchar(63)  primary key,
  tenant_id       varchar(63)  not null,
  compute_percent bigint       not null,
  memory_mb       bigint       not null,
  active          boolean      not null,
  updated_at      timestamptz  not null
);
