-- Monitoring: metric samples, health events, alert rules and alerts, silences, forwarding
-- policies, the in-app notification inbox, and collected log lines (POOL-T12.18/19/21, CMP-observe).

create table monitoring_sample (
  id          bigserial        primary key,
  source_type varchar(16)      not null,
  source_id   varchar(128)     not null,
  metric      varchar(128)     not null,
  value       double precision not null,
  taken_at    timestamptz      not null,
  labels      jsonb            not null default '{}'
);
create index monitoring_sample_by_metric on monitoring_sample (source_type, metric, taken_at);
create index monitoring_sample_by_time on monitoring_sample (taken_at);

create table monitoring_event (
  id          bigserial    primary key,
  source_type varchar(16)  not null,
  source_id   varchar(128) not null,
  kind        varchar(64)  not null,
  severity    varchar(16)  not null,
  message     text         not null,
  occurred_at timestamptz  not null,
  labels      jsonb        not null default '{}'
);
create index monitoring_event_by_time on monitoring_event (occurred_at);

create table alert_rule (
  id                varchar(63)  primary key,
  name              varchar(128) not null,
  description       varchar(512) not null default '',
  enabled           boolean      not null,
  severity          varchar(16)  not null,
  scope_source_type varchar(16),
  scope_source_id   varchar(128),
  scope_labels      jsonb        not null default '{}',
  condition_kind    varchar(16)  not null check (condition_kind in ('THRESHOLD', 'EVENT')),
  metric            varchar(128),
  comparison        varchar(4),
  threshold         double precision,
  hold_for_ms       bigint,
  event_kind        varchar(64),
  resolve_kind      varchar(64),
  notify_in_app     boolean      not null,
  email_to          jsonb        not null default '[]',
  created_at        timestamptz  not null,
  updated_at        timestamptz  not null
);

create table alert (
  id              bigserial        primary key,
  rule_id         varchar(63)      not null,
  rule_name       varchar(128)     not null,
  severity        varchar(16)      not null,
  source_type     varchar(16)      not null,
  source_id       varchar(128)     not null,
  state           varchar(16)      not null check (state in ('FIRING', 'RESOLVED')),
  value           double precision,
  message         text             not null,
  silenced        boolean          not null,
  started_at      timestamptz      not null,
  resolved_at     timestamptz,
  resolve_message text,
  acknowledged_at timestamptz,
  acknowledged_by varchar(63)
);
-- At most one open alert per rule and source: a repeated fire is the same alert.
create unique index alert_open on alert (rule_id, source_type, source_id) where state = 'FIRING';
create index alert_by_time on alert (started_at desc);

create table alert_silence (
  id          bigserial    primary key,
  rule_id     varchar(63),
  source_type varchar(16),
  source_id   varchar(128),
  starts_at   timestamptz  not null,
  ends_at     timestamptz  not null check (ends_at > starts_at),
  reason      varchar(512) not null default '',
  created_at  timestamptz  not null
);

create table alert_forwarding (
  id           bigserial    primary key,
  name         varchar(128) not null,
  enabled      boolean      not null,
  min_severity varchar(16)  not null,
  source_type  varchar(16),
  email_to     jsonb        not null default '[]',
  created_at   timestamptz  not null
);

create table notification (
  id         bigserial    primary key,
  alert_id   bigint       references alert (id) on delete cascade,
  severity   varchar(16)  not null,
  title      varchar(256) not null,
  body       text         not null,
  created_at timestamptz  not null,
  read_at    timestamptz
);
create index notification_unread on notification (created_at desc) where read_at is null;

create table log_entry (
  id          bigserial    primary key,
  source_type varchar(16)  not null,
  source_id   varchar(128) not null,
  level       varchar(8)   not null,
  level_no    smallint     not null,
  logged_at   timestamptz  not null,
  logger      varchar(256) not null default '',
  message     text         not null,
  received_at timestamptz  not null
);
create index log_entry_by_time on log_entry (logged_at desc);
create index log_entry_by_source on log_entry (source_type, source_id, logged_at desc);
