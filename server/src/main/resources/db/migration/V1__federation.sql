-- Federation scheduling core: JC tables 1-9 plus the scheduler's own state.

-- JC table 1 (+ the profile each center declares for the scheduling factors of JC-6.6.1).
create table center (
  ai_center_id  varchar(63) primary key,
  name          varchar(63) not null,
  region        varchar(63) not null,
  status        smallint    not null check (status in (0, 1, 2)),
  lon           double precision,
  lat           double precision,
  adapter_type  varchar(32) not null,
  profile       jsonb       not null,
  join_order    bigserial,
  created_at    timestamptz not null,
  updated_at    timestamptz not null
);

-- JC table 4: monitoring history (JC table 2 amounts as used/free pairs).
create table center_snapshot (
  id               bigserial primary key,
  center_id        varchar(63) not null references center (ai_center_id) on delete cascade,
  taken_at         timestamptz not null,
  running_task_num int not null,
  waiting_task_num int not null,
  cpu_used bigint not null, cpu_free bigint not null,
  gpu_used bigint not null, gpu_free bigint not null,
  npu_used bigint not null, npu_free bigint not null,
  mlu_used bigint not null, mlu_free bigint not null,
  memory_used bigint not null, memory_free bigint not null,
  storage_used bigint not null, storage_free bigint not null,
  defineres_used bigint not null, defineres_free bigint not null,
  security_grade int not null
);
create index center_snapshot_by_center on center_snapshot (center_id, taken_at desc);

-- JC table 3.
create table resource_spec (
  resource_spec_id      varchar(63) primary key,
  resource_spec_name    varchar(63) not null,
  resource_quantity     jsonb       not null,
  service_type          varchar(63) not null,
  price                 numeric(18, 4) not null,
  computing_center_list text        not null,
  created_at            timestamptz not null,
  updated_at            timestamptz not null
);

-- JC table 5.
create table image (
  image_id      varchar(63) primary key,
  name          varchar(63) not null,
  ai_center_id  varchar(63) not null,
  base_os       jsonb       not null,
  framework     text        not null,
  resource_spec text        not null,
  created_at    timestamptz not null,
  updated_at    timestamptz not null
);
create index image_by_name on image (name);

-- JC table 6 (size_mb added: every transfer estimate needs it).
create table dataset (
  data_name    varchar(63) not null,
  data_version varchar(63) not null,
  size_mb      bigint      not null,
  created_user varchar(63) not null,
  location     jsonb       not null,
  created_at   timestamptz not null,
  updated_at   timestamptz not null,
  primary key (data_name, data_version)
);

-- NET-7.3b: named strategy weightings.
create table scheduling_policy (
  name        varchar(63) primary key,
  description text        not null,
  weights     jsonb       not null,
  built_in    boolean     not null default false,
  created_at  timestamptz not null,
  updated_at  timestamptz not null
);

-- JC table 7. phase refines pending: QUEUED (needs placement), TRANSFERRING, DISPATCHING, DONE.
create table job (
  id            varchar(63)  primary key,
  name          varchar(128) not null,
  user_name     varchar(63)  not null,
  descr         varchar(128) not null,
  created_user  varchar(63)  not null,
  requirements  jsonb        not null,
  status        varchar(16)  not null,
  phase         varchar(16)  not null,
  reason        text,
  attempt       int          not null default 0,
  priority      int          not null default 0,
  submitted_at  timestamptz  not null,
  dispatched_at timestamptz,
  finished_at   timestamptz,
  updated_at    timestamptz  not null
);
create index job_queue on job (priority desc, submitted_at) where phase = 'QUEUED';
create index job_by_status on job (status, submitted_at desc);

-- JC table 8.
create table task (
  job_id           varchar(63) not null references job (id) on delete cascade,
  task_index       int         not null,
  name             varchar(64) not null,
  command          text        not null,
  image_id         varchar(63) not null,
  resource_spec_id varchar(63) not null,
  replica_number   int         not null,
  primary key (job_id, task_index)
);

-- One row per replica: its current attempt. dispatch_state makes dispatch idempotent across a
-- crash: NONE -> DISPATCHING (decided, committed) -> DISPATCHED (the center acknowledged the key).
create table replica (
  job_id         varchar(63) not null,
  task_index     int         not null,
  replica_index  int         not null,
  attempt        int         not null default 0,
  center_id      varchar(63),
  status         varchar(16) not null,
  dispatch_state varchar(16) not null default 'NONE',
  message        text,
  transfer       jsonb,
  transfer_until timestamptz,
  avoid_centers  text        not null default '',
  started_at     timestamptz,
  finished_at    timestamptz,
  primary key (job_id, task_index, replica_index),
  foreign key (job_id, task_index) references task (job_id, task_index) on delete cascade
);
create index replica_active on replica (center_id) where status in ('PENDING', 'RUNNING');
create index replica_dispatching on replica (dispatch_state) where dispatch_state = 'DISPATCHING';

-- Every attempt ever dispatched, for audit and for the "never started twice" guarantee.
create table replica_attempt (
  job_id        varchar(63) not null,
  task_index    int         not null,
  replica_index int         not null,
  attempt       int         not null,
  center_id     varchar(63) not null,
  status        varchar(16) not null,
  message       text,
  decided_at    timestamptz not null,
  finished_at   timestamptz,
  primary key (job_id, task_index, replica_index, attempt)
);

-- The last decision per job, with the score cards (JC-A.5/A.6 made visible).
create table scheduling_decision (
  job_id      varchar(63) primary key references job (id) on delete cascade,
  policy      varchar(63) not null,
  outcome     varchar(16) not null,
  reason      text,
  score_cards jsonb       not null,
  decided_at  timestamptz not null
);
