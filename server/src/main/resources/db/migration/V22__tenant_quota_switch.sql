-- The quota switch (配额开关, CMP-config basic settings) per tenant: when off, the tenant's and its
-- organisations' quotas are not checked at submission; usage is still reported. On by default so
-- that an existing tenant with quotas keeps being limited after the upgrade.
alter table tenant add column quota_enforced boolean not null default true;
update tenant set quota_enforced = false where platform;

-- The same switch per organisation (its own quota only; the tenant's switch covers the whole tree).
alter table org_unit add column quota_enforced boolean not null default true;
