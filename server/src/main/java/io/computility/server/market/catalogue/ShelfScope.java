package io.computility.server.market.catalogue;

/** Which tenants a product is shelved for: all, or only those listed (seed 003 可针对租户进行上架). */
enum ShelfScope {
  ALL,
  TENANTS
}
