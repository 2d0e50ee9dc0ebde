package io.computility.core.billing;

/** One discount applied to a line: the amount before it, what it took off, the amount after. */
public record DiscountLine(
    String discountId, DiscountKind kind, Money before, Money off, Money after) {}
