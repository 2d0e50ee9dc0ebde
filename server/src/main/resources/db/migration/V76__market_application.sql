-- Cart and applications of the market (服务申请, issue 16 item 4).

-- A user's cart: products with the quantity, the amounts of one unit and the duration chosen.
create table cart_item (
  id         varchar(63) primary key,
  user_id    varchar(63) not null references app_user (id) on delete cascade,
  tenant_id  varchar(63) not null references tenant (id) on delete cascade,
  product_id varchar(63) not null references product (id) on delete cascade,
  quantity   int         not null check (quantity > 0),
  components jsonb       not null,
  duration   varchar(16) not null,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index cart_item_by_user on cart_item (user_id, created_at);

-- Applications (申请单). state: DRAFT, IN_APPROVAL, APPROVED, REJECTED, DONE (imported history).
-- number: the business number SQyyyyMMdd-nnnn, unique.
create table application (
  id                 varchar(63)   primary key,
  number             varchar(32)   not null unique,
  tenant_id          varchar(63)   not null references tenant (id) on delete cascade,
  org_id             varchar(63)   not null references org_unit (id),
  applicant_id       varchar(63)   not null references app_user (id),
  business_system_id varchar(63)   references business_system (id) on delete set null,
  business_type      varchar(63)   not null default 'APPLICATION',
  title              varchar(128)  not null,
  reason             varchar(2000) not null default '',
  state              varchar(16)   not null,
  reject_reason      varchar(1000),
  imported           boolean       not null default false,
  created_at         timestamptz   not null,
  updated_at         timestamptz   not null,
  submitted_at       timestamptz,
  decided_at         timestamptz
);
create index application_by_applicant on application (applicant_id, created_at desc);
create index application_by_tenant on application (tenant_id, created_at desc);

-- Items: action NEW, RENEW, RESIZE or TERMINATE; order_id for the last three.
create table application_item (
  id             varchar(63) primary key,
  application_id varchar(63) not null references application (id) on delete cascade,
  position       int         not null,
  product_id     varchar(63) not null references product (id),
  action         varchar(16) not null,
  order_id       varchar(63),
  quantity       int         not null check (quantity > 0),
  components     jsonb       not null,
  duration       varchar(16)
);
create index application_item_by_application on application_item (application_id, position);

-- Attachments stored in PostgreSQL with their SHA-256 (checked on every download).
create table application_attachment (
  id             varchar(63)  primary key,
  application_id varchar(63)  not null references application (id) on delete cascade,
  name           varchar(255) not null,
  content_type   varchar(127) not null,
  size           bigint       not null,
  sha256         char(64)     not null,
  content        bytea        not null,
  uploaded_by    varchar(63)  not null,
  created_at     timestamptz  not null
);
create index application_attachment_by_application on application_attachment (application_id);

-- The last business number handed out per day.
create table application_number (
  day  date primary key,
  last int  not null
);
