package io.computility.server.market.catalogue;

/** What a product is, and so what provisioning an order of it does (seed 003 服务管理). */
public enum ProductType {
  /** A compute spec (CPU, GPU or vGPU slice) on a center or the platform's pool: a quota grant. */
  COMPUTE,
  /** A development environment (notebook) on a center or the pool. */
  DEV_ENV,
  /** A model service (inference API): an API key. */
  MODEL_SERVICE,
  /** Storage capacity. */
  STORAGE,
  /** A service performed by people: a work order. */
  MANUAL
}
