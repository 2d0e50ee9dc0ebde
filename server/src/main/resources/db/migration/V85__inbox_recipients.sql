-- Per-user messages in the in-app inbox (issue 16, seed 003 我的消息 / 站内信): recipient_id null
-- is the platform-wide alert audience (monitor:read users) as before; otherwise only that user
-- sees the message. link: the console path the message opens.
alter table notification add column recipient_id varchar(63);
alter table notification add column link varchar(256);
create index notification_by_recipient on notification (recipient_id, created_at desc);
