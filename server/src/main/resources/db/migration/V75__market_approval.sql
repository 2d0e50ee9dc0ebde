-- Approvals of the market on Flowable (issue 16 item 3). Flowable keeps its own ACT_* tables
-- (created by the engine on start); these tables hold what the platform shows and decides on.

-- The leader of an organisation: the approver of a flow step of kind ORG_LEADER.
alter table org_unit add column leader_id varchar(63) references app_user (id) on delete set null;

-- Approval flows: one row per version of the flow of a tenant (null: the default of every tenant)
-- and business type. steps: the form's steps (empty for an uploaded BPMN); bpmn: the deployed XML
-- (null until first used for a generated flow); definition_id: the engine's process definition.
create table approval_flow (
  id            varchar(63)  primary key,
  tenant_id     varchar(63)  references tenant (id) on delete cascade,
  business_type varchar(63)  not null,
  name          varchar(128) not null,
  version       int          not null,
  steps         jsonb        not null default '[]',
  bpmn          text,
  definition_id varchar(128),
  created_by    varchar(63)  not null,
  created_at    timestamptz  not null
);
create unique index approval_flow_version
  on approval_flow (coalesce(tenant_id, ''), business_type, version);

-- One approval of a subject (an application, a work order): at most one running per subject.
create table approval (
  id            varchar(63)  primary key,
  tenant_id     varchar(63)  not null references tenant (id) on delete cascade,
  business_type varchar(63)  not null,
  subject_type  varchar(63)  not null,
  subject_id    varchar(63)  not null,
  title         varchar(255) not null default '',
  applicant_id  varchar(63)  not null,
  flow_id       varchar(63)  not null references approval_flow (id),
  process_id    varchar(64)  not null unique,
  state         varchar(16)  not null,
  approvals     int          not null default 0,
  created_at    timestamptz  not null,
  ended_at      timestamptz
);
create unique index approval_running on approval (subject_type, subject_id) where state = 'RUNNING';
create index approval_by_subject on approval (subject_type, subject_id);

-- Every decision: who, when, outcome (APPROVED, REJECTED, WITHDRAWN), comment.
create table approval_action (
  id          bigserial    primary key,
  approval_id varchar(63)  not null references approval (id) on delete cascade,
  task_id     varchar(64),
  step_name   varchar(128) not null default '',
  actor_id    varchar(63)  not null,
  outcome     varchar(16)  not null,
  comment     varchar(1000) not null default '',
  at          timestamptz  not null
);
create index approval_action_by_approval on approval_action (approval_id, id);
create index approval_action_by_actor on approval_action (actor_id, id);
create unique index approval_action_once on approval_action (task_id, actor_id) where task_id is not null;

-- The default flow of applications: the tenant administrators approve (or-sign).
insert into approval_flow (id, tenant_id, business_type, name, version, steps, created_by, created_at)
values ('flow-default-application', null, 'APPLICATION', 'Default application approval', 1,
        '[{"name":"Tenant administrator","kind":"TENANT_ADMIN","mode":"OR_SIGN","users":[]}]',
        'system', now());

