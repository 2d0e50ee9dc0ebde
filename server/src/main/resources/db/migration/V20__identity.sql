-- Identity, tenancy, RBAC with data scopes, API tokens and the hash-chained audit log (issue 6).

-- CMP tenancy. quota: totals per resource kind {"cpu":…, "memory_mb":…, "disk_gb":…,
-- "instances":…, "gpu":…}; allocated / used / in-flight are derived.
create table tenant (
  id         varchar(63)  primary key,
  name       varchar(128) not null unique,
  descr      varchar(255) not null default '',
  platform   boolean      not null default false,
  enabled    boolean      not null default true,
  quota      jsonb        not null default '{}',
  created_at timestamptz  not null,
  updated_at timestamptz  not null
);

-- The organisation tree of a tenant; parent_id null is the tenant's root.
create table org_unit (
  id         varchar(63)  primary key,
  tenant_id  varchar(63)  not null references tenant (id) on delete cascade,
  parent_id  varchar(63)  references org_unit (id),
  name       varchar(128) not null,
  quota      jsonb        not null default '{}',
  created_at timestamptz  not null
);
create index org_by_tenant on org_unit (tenant_id);

create table app_user (
  id                  varchar(63)  primary key,
  tenant_id           varchar(63)  not null references tenant (id) on delete cascade,
  org_id              varchar(63)  not null references org_unit (id),
  username            varchar(63)  not null unique,
  display_name        varchar(128) not null default '',
  password_hash       varchar(255),
  enabled             boolean      not null default true,
  password_changed_at timestamptz  not null,
  failed_logins       int          not null default 0,
  locked_until        timestamptz,
  oidc_subject        varchar(255) unique,
  created_at          timestamptz  not null
);

-- Business systems belong to one organisation; members come from any organisation of the tenant.
create table business_system (
  id         varchar(63)  primary key,
  tenant_id  varchar(63)  not null references tenant (id) on delete cascade,
  org_id     varchar(63)  not null references org_unit (id),
  name       varchar(128) not null,
  created_at timestamptz  not null
);
create table business_system_member (
  system_id varchar(63) not null references business_system (id) on delete cascade,
  user_id   varchar(63) not null references app_user (id) on delete cascade,
  primary key (system_id, user_id)
);

-- tenant_id null: a built-in role usable in every tenant (side says which users may hold it).
create table app_role (
  id         varchar(63)  primary key,
  tenant_id  varchar(63)  references tenant (id) on delete cascade,
  name       varchar(128) not null,
  side       varchar(16)  not null,
  builtin    boolean      not null default false,
  read_only  boolean      not null default false,
  data_scope varchar(24)  not null,
  scope_orgs text[]       not null default '{}',
  created_at timestamptz  not null
);
create table role_permission (
  role_id    varchar(63) not null references app_role (id) on delete cascade,
  permission varchar(63) not null,
  primary key (role_id, permission)
);
create table user_role (
  user_id varchar(63) not null references app_user (id) on delete cascade,
  role_id varchar(63) not null references app_role (id) on delete cascade,
  primary key (user_id, role_id)
);

-- Bearer tokens: SESSION from a login, API for personal tokens (CLI, JC API, agents, peers).
-- Only the SHA-256 of the token is stored.
create table auth_token (
  id           varchar(63)  primary key,
  user_id      varchar(63)  not null references app_user (id) on delete cascade,
  kind         varchar(16)  not null,
  token_hash   char(64)     not null unique,
  name         varchar(128) not null default '',
  role_id      varchar(63)  not null references app_role (id),
  created_at   timestamptz  not null,
  expires_at   timestamptz,
  revoked      boolean      not null default false
);
create index token_by_user on auth_token (user_id);

-- Which tenant, organisation and user a resource (job, pool task, …) belongs to; data scopes
-- filter on it.
create table resource_scope (
  kind        varchar(32) not null,
  resource_id varchar(63) not null,
  tenant_id   varchar(63) not null,
  org_id      varchar(63) not null,
  owner_id    varchar(63) not null,
  primary key (kind, resource_id)
);
create index resource_scope_tenant on resource_scope (kind, tenant_id);

-- Login and operation log. Each row's hash covers the previous row's hash, so editing or
-- deleting a row breaks the chain at that point (see AuditChain).
create table audit_log (
  seq       bigint       primary key,
  kind      varchar(16)  not null,
  at        timestamptz  not null,
  actor     varchar(63)  not null,
  tenant_id varchar(63)  not null,
  action    varchar(255) not null,
  target    varchar(512) not null,
  source_ip varchar(64)  not null,
  result    varchar(32)  not null,
  prev_hash char(64)     not null,
  hash      char(64)     not null
);
create index audit_by_tenant on audit_log (tenant_id, seq);
