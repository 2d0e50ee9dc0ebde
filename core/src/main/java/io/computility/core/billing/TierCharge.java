package io.computility.core.billing;

import java.math.BigDecimal;

/**
 * The part of a price that one tier contributes: which tier (0-based index and its bounds), how
 * much of the quantity it priced, at what unit price, and the exact product.
 */
public record TierCharge(
    int tier, BigDecimal from, BigDecimal to, BigDecimal quantity, Money unitPrice, Money amount) {}
