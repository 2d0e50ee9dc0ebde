-- Work orders (after-sales tickets, 工单; issue 16, NET-8.2 售后服务, CMP-config 工单分类,
-- CMP-aipool 资源工单).

-- Multi-level categories (seed 003 流程分类: built-in 服务目录, 系统工单, 运维工单; operators add
-- levels below). sla_hours: hours to resolve by priority, e.g. {"URGENT":4,"NORMAL":24}; a
-- priority missing falls back to the parent's, then to the configured defaults.
create table ticket_category (
  id         varchar(63)  primary key,
  parent_id  varchar(63)  references ticket_category (id),
  name       varchar(128) not null,
  builtin    boolean      not null default false,
  enabled    boolean      not null default true,
  sort       int          not null default 0,
  sla_hours  jsonb        not null default '{}',
  created_at timestamptz  not null,
  updated_at timestamptz  not null
);
insert into ticket_category (id, parent_id, name, builtin, sort, created_at, updated_at) values
  ('tc-catalogue', null, 'Service catalogue', true, 1, now(), now()),
  ('tc-system', null, 'System', true, 2, now(), now()),
  ('tc-ops', null, 'Operations', true, 3, now(), now());

-- One work order. type SUPPORT (after-sales question) or RESOURCE (a special resource spec for a
-- time window, approved by an operator: approval PENDING, APPROVED, REJECTED; NONE for SUPPORT).
-- assignee_id: the operator handling it; assignee_group: a platform role whose holders handle it.
create table ticket (
  id             varchar(63)   primary key,
  number         bigserial     unique,
  type           varchar(16)   not null,
  title          varchar(200)  not null,
  description    text          not null,
  category_id    varchar(63)   not null references ticket_category (id),
  priority       varchar(16)   not null,
  state          varchar(16)   not null,
  approval       varchar(16)   not null default 'NONE',
  tenant_id      varchar(63)   not null,
  org_id         varchar(63)   not null,
  requester_id   varchar(63)   not null,
  requester_name varchar(63)   not null,
  assignee_id    varchar(63),
  assignee_group varchar(63),
  related_id     varchar(63),
  resource       jsonb,
  due_at         timestamptz   not null,
  overdue        boolean       not null default false,
  created_at     timestamptz   not null,
  updated_at     timestamptz   not null,
  resolved_at    timestamptz,
  closed_at      timestamptz
);
create index ticket_by_tenant on ticket (tenant_id, created_at desc);
create index ticket_by_state on ticket (state, due_at);

-- Comments; internal ones are notes among handlers, never shown to the requester.
create table ticket_comment (
  id          bigserial    primary key,
  ticket_id   varchar(63)  not null references ticket (id) on delete cascade,
  author_id   varchar(63)  not null,
  author_name varchar(63)  not null,
  body        text         not null,
  internal    boolean      not null default false,
  created_at  timestamptz  not null
);
create index ticket_comment_by_ticket on ticket_comment (ticket_id, id);

-- Every change of a work order: who, when, what (CREATED, ASSIGNED, STARTED, RESOLVED, ...).
create table ticket_event (
  id         bigserial    primary key,
  ticket_id  varchar(63)  not null references ticket (id) on delete cascade,
  at         timestamptz  not null,
  actor_id   varchar(63),
  action     varchar(32)  not null,
  from_state varchar(16),
  to_state   varchar(16),
  detail     jsonb        not null default '{}'
);
create index ticket_event_by_ticket on ticket_event (ticket_id, id);
