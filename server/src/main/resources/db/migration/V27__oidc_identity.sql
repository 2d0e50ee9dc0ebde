-- Users created by OIDC just-in-time provisioning (NET-6.3a): which provider subject, which e-mail
-- and groups the provider vouched for at creation and at the latest login.
create table oidc_identity (
  user_id         varchar(63)  primary key references app_user (id) on delete cascade,
  subject         varchar(255) not null unique,
  email           varchar(255),
  groups          text         not null default '',
  provisioned_at  timestamptz  not null,
  last_login_at   timestamptz  not null
);
