package io.computility.core.billing;

import java.util.List;

/** A priced usage: its lines and the total, which is the sum of the lines' bill amounts. */
public record QuoteResult(List<QuoteLine> lines, Money total) {

  public QuoteResult {
    lines = List.copyOf(lines);
  }
}
