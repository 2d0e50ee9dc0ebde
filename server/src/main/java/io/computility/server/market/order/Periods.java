package io.computility.server.market.order;

import io.computility.server.shared.web.Check;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** ISO-8601 durations of orders: a period ({@code P1M}, {@code P7D}) or a time ({@code PT12H}). */
public final class Periods {
  private Periods() {}

  /** The instant {@code duration} after {@code from}; 400 naming {@code field} when malformed. */
  public static Instant after(Instant from, String duration, String field) {
    String d = Check.text(duration, field, 31).strip();
    try {
      if (d.contains("T")) {
        Duration t = Duration.parse(d);
        if (t.isNegative() || t.isZero()) throw Check.bad(field, "must be positive, was " + d);
        return from.plus(t);
      }
      Period p = Period.parse(d);
      if (p.isNegative() || p.isZero()) throw Check.bad(field, "must be positive, was " + d);
      if (p.toTotalMonths() > 1200 || p.getDays() > 36_500) {
        throw Check.bad(field, "must be at most 100 years, was " + d);
      }
      return from.atOffset(ZoneOffset.UTC).plus(p).toInstant();
    } catch (DateTimeParseException | ArithmeticException e) {
      throw Check.bad(field, "must be an ISO-8601 duration such as P1M or PT12H, was '" + d + "'");
    }
  }

  /** Hours between two instants, at least one. */
  public static long hours(Instant from, Instant to) {
    return Math.max(1, (Duration.between(from, to).toMinutes() + 59) / 60);
  }
}
