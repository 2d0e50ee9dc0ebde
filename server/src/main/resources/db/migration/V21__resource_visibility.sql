-- Scoped resources beyond jobs (issue 6). Pool tasks and tenant-private resource specs carry their
-- tenant, organisation and owner in resource_scope (kinds 'pool_task', 'spec'), written in the
-- transaction that creates them. Platform-shared resources (centers, platform specs) have no
-- resource_scope row; this table restricts one to a set of tenants. No row for a resource: every
-- tenant sees it.
create table resource_visibility (
  kind        varchar(32) not null,
  resource_id varchar(63) not null,
  tenant_id   varchar(63) not null references tenant (id) on delete cascade,
  primary key (kind, resource_id, tenant_id)
);

-- Quota usage sums live jobs and pool tasks per tenant and organisation subtree.
create index resource_scope_org on resource_scope (kind, tenant_id, org_id);
