-- The market's product catalogue (issue 16, seed 003 服务管理 / 商品广场; NET-8.3b).

-- Two-level categories: parent_id null is a first-level category.
create table product_category (
  id         varchar(63)  primary key,
  parent_id  varchar(63)  references product_category (id),
  name       varchar(128) not null,
  sort       int          not null default 0,
  created_at timestamptz  not null
);

-- A product. components: the amounts of one unit {"cpu":…, "memory_mb":…, "gpu":…,
-- "gpu_memory_mb":…, "vgpu_percent":…, "storage_gb":…}; durations: ISO-8601 periods it is sold
-- for; center_id: the federation center it runs on, null for the platform's own pool or none;
-- provider_id: the center, tier or tenant that registered it; attributes: the model plaza's tags,
-- task, framework, chip types and any type-specific settings; shelf_scope: ALL tenants or only the
-- TENANTS listed in product_shelf_tenant.
create table product (
  id           varchar(63)  primary key,
  number       varchar(63)  not null unique,
  name         varchar(128) not null,
  type         varchar(31)  not null,
  category_id  varchar(63)  not null references product_category (id),
  center_id    varchar(63),
  provider_id  varchar(63)  not null default 'platform',
  introduction varchar(2000) not null default '',
  icon         varchar(255) not null default '',
  components   jsonb        not null default '{}',
  durations    jsonb        not null default '[]',
  attributes   jsonb        not null default '{}',
  state        varchar(15)  not null default 'DRAFT',
  enabled      boolean      not null default true,
  shelf_scope  varchar(15)  not null default 'ALL',
  version      int          not null default 0,
  created_at   timestamptz  not null,
  updated_at   timestamptz  not null
);
create index product_by_category on product (category_id);

create table product_shelf_tenant (
  product_id varchar(63) not null references product (id) on delete cascade,
  tenant_id  varchar(63) not null references tenant (id) on delete cascade,
  primary key (product_id, tenant_id)
);
