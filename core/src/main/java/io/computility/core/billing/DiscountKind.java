package io.computility.core.billing;

/** The two kinds of discount (seed 003: "不同租户不同优惠策略"). */
public enum DiscountKind {
  /** A percentage off the running amount. */
  PERCENTAGE,
  /** A fixed amount off each line it matches, never below zero. */
  FIXED_AMOUNT
}
