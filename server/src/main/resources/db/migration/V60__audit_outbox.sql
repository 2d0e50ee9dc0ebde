-- ISSUE-12: audit entries of answered requests, durable before the answer, waiting for the single
-- appender that moves them into the SM3 chain (audit_log) in batches and deletes them there.
create table audit_outbox (
    id        bigserial    primary key,
    kind      varchar(16)  not null,
    at        timestamptz  not null,
    actor     varchar(63)  not null,
    tenant_id varchar(63)  not null,
    action    varchar(255) not null,
    target    varchar(512) not null,
    source_ip varchar(64)  not null,
    result    varchar(32)  not null
);
