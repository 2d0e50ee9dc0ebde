-- The catalogue's maintained fields (issue 16, seed 003 服务管理 / 商品广场, NET-8.3b): the
-- provider's display name, the specs a product is sold in besides its base unit, service numbers
-- drawn from one sequence, one name per level of the category tree, and the marketplace's filters.

-- specs: [{"name": "2 cards", "components": {…}}]; components stays the base unit.
alter table product add column provider_name varchar(128) not null default '';
alter table product add column specs jsonb not null default '[]';

create sequence product_number_seq;

create unique index product_category_name on product_category (coalesce(parent_id, ''), name);
create index product_category_by_parent on product_category (parent_id);
create index product_offered on product (state, enabled, type);
create index product_shelf_by_tenant on product_shelf_tenant (tenant_id);
