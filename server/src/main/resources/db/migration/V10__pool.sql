-- Accelerator pool (POOL, seed 002): the controller's state, so that a restart loses no node,
-- card setting, task or allocation. Documents are JSON; the server owns their shape.
create table pool_node (
  name text primary key,
  body jsonb not null,
  updated_at timestamptz not null default now()
);

create table pool_device (
  uuid text primary key,
  node text not null,
  body jsonb not null,
  updated_at timestamptz not null default now()
);

create table pool_task (
  id text primary key,
  seq bigserial not null,
  tenant text not null,
  state text not null,
  priority int not null,
  body jsonb not null,
  submitted_at timestamptz not null,
  updated_at timestamptz not null default now()
);
create index pool_task_state on pool_task (state);

create table pool_quota (
  tenant text primary key,
  compute_percent int not null,
  memory_mb bigint not null
);

create table pool_spec (
  name text primary key,
  compute_percent int not null,
  memory_mb bigint not null
);

create table pool_setting (
  key text primary key,
  value text not null
);

create table pool_log (
  id bigserial primary key,
  task_id text not null,
  node text not null,
  at timestamptz not null,
  line text not null
);
create index pool_log_task on pool_log (task_id, id);

-- Logical resource groups (POOL-T12.13): cards reserved for the tenants authorised on the group.
create table pool_group (
  name text primary key,
  body jsonb not null
);
