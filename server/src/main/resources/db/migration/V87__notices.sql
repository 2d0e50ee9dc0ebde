-- Notices and news (公告 / 新闻; issue 16, NET-8.2 资讯服务). kind NOTICE or NEWS; a notice is
-- visible from publish_at (null: a draft) until withdrawn_at; audience ALL or TENANTS (those in
-- tenant_ids).
create table notice (
  id           varchar(63)   primary key,
  kind         varchar(16)   not null,
  title        varchar(200)  not null,
  body         text          not null,
  pinned       boolean       not null default false,
  audience     varchar(16)   not null,
  tenant_ids   text[]        not null default '{}',
  publish_at   timestamptz,
  withdrawn_at timestamptz,
  created_by   varchar(63)   not null,
  created_at   timestamptz   not null,
  updated_at   timestamptz   not null
);
create index notice_by_publish on notice (publish_at desc);

-- Which user read which notice.
create table notice_read (
  notice_id varchar(63) not null references notice (id) on delete cascade,
  user_id   varchar(63) not null,
  read_at   timestamptz not null,
  primary key (notice_id, user_id)
);
