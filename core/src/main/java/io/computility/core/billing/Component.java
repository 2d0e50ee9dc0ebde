package io.computility.core.billing;

/**
 * What a price applies to: the product as a whole, or one of its components (seed 003 计费策略:
 * "商品定价和组件定价（如按GPU卡、GPU显存、CPU、内存、存储等组件）"; model services are priced by tokens or calls, pool slices
 * by vGPU compute percentage).
 */
public enum Component {
  /** The whole product at one price (商品定价). */
  PRODUCT,
  GPU_CARD,
  /** GPU memory, in GiB. */
  GPU_MEMORY,
  /** CPU cores. */
  CPU,
  /** Main memory, in GiB. */
  MEMORY,
  /** Storage, in GiB. */
  STORAGE,
  /** vGPU compute share, in percent of one card (pool slices). */
  VGPU_PERCENT,
  /** Model-service tokens, priced per thousand (unit {@link PriceUnit#K_TOKENS}). */
  TOKENS,
  /** API calls (unit {@link PriceUnit#CALL}). */
  CALLS
}
