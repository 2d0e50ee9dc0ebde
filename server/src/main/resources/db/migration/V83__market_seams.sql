-- The work order (market ticket) opened for a manual fulfilment; only resolving that ticket makes
-- the order ACTIVE. Null for fulfilments opened before the order and ticket parts were joined.
alter table manual_fulfilment add column ticket_id varchar(63);

-- The default flow of resource work orders (market tickets of type RESOURCE, approval subject type
-- ticket): the platform operators approve (or-sign). A tenant may save its own RESOURCE_TICKET flow.
insert into approval_flow (id, tenant_id, business_type, name, version, steps, created_by, created_at)
values ('flow-default-resource-ticket', null, 'RESOURCE_TICKET', 'Default resource work order approval', 1,
        '[{"name":"Platform operators","kind":"PLATFORM_OPERATOR","mode":"OR_SIGN","users":[]}]',
        'system', now());
