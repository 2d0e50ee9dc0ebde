package io.computility.core.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Generated cases for the property tests: each case draws its inputs from a {@link Random} seeded
 * with the case's own seed, so a failure names the seed that reproduces it. The base seed is fixed
 * (the build is reproducible) and can be changed with {@code -Dpricing.seed=...} to explore
 * further.
 */
final class Generated {

  static final int CASES = Integer.getInteger("pricing.cases", 2000);
  static final long BASE_SEED = Long.getLong("pricing.seed", 20260201L);

  private Generated() {}

  /** Runs {@code property} on {@link #CASES} cases; an assertion error names the failing seed. */
  static void forAll(Consumer<Random> property) {
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      try {
        property.accept(new Random(seed));
      } catch (AssertionError e) {
        throw new AssertionError("falsified with case seed " + seed + ": " + e.getMessage(), e);
      }
    }
  }

  /** A decimal in [0, max] with up to {@code scale} decimals. */
  static BigDecimal decimal(Random r, long max, int scale) {
    long units = (long) (r.nextDouble() * max * Math.pow(10, scale));
    return BigDecimal.valueOf(units, scale);
  }

  static Money cny(BigDecimal amount) {
    return new Money(amount, Plans.CNY);
  }

  /**
   * 1 to 5 contiguous tiers from 0, widths up to 1000 with 2 decimals, last one unbounded or not.
   */
  static List<Tier> tiers(Random r) {
    int n = 1 + r.nextInt(5);
    List<Tier> out = new ArrayList<>();
    BigDecimal from = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      BigDecimal width = decimal(r, 1000, 2).add(new BigDecimal("0.01"));
      BigDecimal to = i == n - 1 && r.nextBoolean() ? null : from.add(width);
      out.add(new Tier(from, to, cny(decimal(r, 100, 4))));
      from = to;
    }
    return out;
  }

  /** The largest quantity the tiers price: the last bound, or 1000 past the last start. */
  static BigDecimal top(List<Tier> tiers) {
    Tier last = tiers.get(tiers.size() - 1);
    return last.unbounded() ? last.from().add(BigDecimal.valueOf(1000)) : last.to();
  }

  /** A day from 2023-01-01 over the following {@code spanDays}. */
  static LocalDate day(Random r, int spanDays) {
    return LocalDate.of(2023, 1, 1).plusDays(r.nextInt(spanDays));
  }

  static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }
}
