package io.computility.core.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The price of a quantity of one component under a list of {@link Tier}s. A flat price is one tier
 * {@code (0, ∞)}. The tiers are assumed valid ({@link PlanValidator}); amounts are exact.
 *
 * <p>Seed 003's example, GPU memory (0, 100] at 1 and (100, 200] at 2 per GiB, for 150 GiB:
 * graduated 100×1 + 50×2 = 200, volume 150×2 = 300; for 100 GiB both give 100.
 */
public record TieredPrice(TierMode mode, List<Tier> tiers) {

  public TieredPrice {
    Objects.requireNonNull(mode, "mode");
    tiers = List.copyOf(tiers);
  }

  /** One unbounded tier: every unit at {@code unitPrice}. */
  public static TieredPrice flat(Money unitPrice) {
    return new TieredPrice(TierMode.GRADUATED, List.of(new Tier(BigDecimal.ZERO, null, unitPrice)));
  }

  /** The tier charges that make up the price of {@code quantity} (≥ 0), lowest tier first. */
  public List<TierCharge> charges(BigDecimal quantity) {
    if (quantity.signum() < 0) {
      throw new IllegalArgumentException("quantity must not be negative: " + quantity);
    }
    Tier last = tiers.get(tiers.size() - 1);
    if (!last.unbounded() && quantity.compareTo(last.to()) > 0) {
      throw new IllegalArgumentException(
          "quantity " + quantity.toPlainString() + " exceeds the last tier's bound " + last.to());
    }
    return mode == TierMode.GRADUATED ? graduated(quantity) : List.of(volume(quantity));
  }

  /** The sum of {@link #charges}. */
  public Money price(BigDecimal quantity) {
    Money sum = Money.zero(tiers.get(0).unitPrice().currency());
    for (TierCharge c : charges(quantity)) {
      sum = sum.plus(c.amount());
    }
    return sum;
  }

  private List<TierCharge> graduated(BigDecimal quantity) {
    List<TierCharge> out = new ArrayList<>();
    for (int i = 0; i < tiers.size(); i++) {
      Tier t = tiers.get(i);
      BigDecimal part = t.portionOf(quantity);
      if (part.signum() > 0 || (i == 0 && quantity.signum() == 0)) {
        out.add(charge(i, t, part));
      }
    }
    return out;
  }

  private TierCharge volume(BigDecimal quantity) {
    for (int i = 0; i < tiers.size(); i++) {
      if (tiers.get(i).contains(quantity)) {
        return charge(i, tiers.get(i), quantity);
      }
    }
    throw new IllegalStateException("no tier contains " + quantity + "; validate the plan first");
  }

  private static TierCharge charge(int index, Tier t, BigDecimal quantity) {
    return new TierCharge(
        index, t.from(), t.to(), quantity, t.unitPrice(), t.unitPrice().times(quantity));
  }
}
