package io.computility.server.market.demand;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.server.market.order.Periods;
import io.computility.server.shared.web.Check;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A demand as published: per instance {@code cpu}, {@code memory_mb}, {@code gpu} (of {@code
 * gpu_type}), {@code quantity} instances for {@code duration} (ISO-8601) from {@code start_at} (now
 * when left out), in {@code region}, within {@code budget} (the total, exact); {@code rule} and,
 * for WEIGHTED, {@code weights} (price, speed, energy, score) say how an offer is accepted; {@code
 * policy} names the scheduling policy that scores the centers.
 */
public record DemandRequest(
    String name,
    Long cpu,
    @JsonProperty("memory_mb") Long memoryMb,
    Long gpu,
    @JsonProperty("gpu_type") String gpuType,
    Integer quantity,
    String duration,
    @JsonProperty("start_at") Instant startAt,
    String region,
    BigDecimal budget,
    String rule,
    Map<String, Double> weights,
    String policy) {

  static final long MAX_CPU = 100_000;
  static final long MAX_MEMORY_MB = 100_000_000;
  static final long MAX_GPU = 10_000;

  /** The checked demand; 400 naming the first bad field. */
  Checked check(Instant now) {
    String n = Check.text(name == null ? null : name.strip(), "name", 128);
    long c = range(cpu == null ? 0 : cpu, 0, MAX_CPU, "cpu");
    long m = range(memoryMb == null ? 0 : memoryMb, 0, MAX_MEMORY_MB, "memory_mb");
    long g = range(gpu == null ? 0 : gpu, 0, MAX_GPU, "gpu");
    if (c == 0 && g == 0) throw Check.bad("cpu", "a demand asks for at least one cpu or gpu");
    int q = (int) range(quantity == null ? 1 : quantity, 1, 1000, "quantity");
    Instant start = startAt == null || startAt.isBefore(now) ? now : startAt;
    if (startAt != null && startAt.isAfter(now.plusSeconds(366L * 86400))) {
      throw Check.bad("start_at", "must be within a year");
    }
    Instant end = Periods.after(start, duration, "duration");
    if (end.isAfter(start.plusSeconds(10L * 366 * 86400))) {
      throw Check.bad("duration", "must be at most 10 years");
    }
    DemandRule r = rule(rule);
    return new Checked(
        n,
        c,
        m,
        g,
        gpuType == null || gpuType.isBlank() ? null : Check.id(gpuType.strip(), "gpu_type"),
        q,
        duration.strip(),
        start,
        hoursBetween(start, end),
        region == null || region.isBlank() ? null : Check.id(region.strip(), "region"),
        money(budget),
        r,
        weights(r, weights),
        policy == null || policy.isBlank() ? null : Check.id(policy.strip(), "policy"));
  }

  /** The checked values. */
  record Checked(
      String name,
      long cpu,
      long memoryMb,
      long gpu,
      String gpuType,
      int quantity,
      String duration,
      Instant start,
      long hours,
      String region,
      BigDecimal budget,
      DemandRule rule,
      Map<String, Double> weights,
      String policy) {}

  private static long hoursBetween(Instant start, Instant end) {
    return Periods.hours(start, end);
  }

  private static long range(long v, long min, long max, String field) {
    if (v < min) throw Check.bad(field, "must be at least " + min + ", was " + v);
    if (v > max) throw Check.bad(field, "must be at most " + max + ", was " + v);
    return v;
  }

  private static BigDecimal money(BigDecimal b) {
    if (b == null) return null;
    if (b.signum() < 0) throw Check.bad("budget", "must not be negative");
    if (b.scale() > 4) throw Check.bad("budget", "has at most 4 decimal places");
    if (b.precision() - b.scale() > 16) throw Check.bad("budget", "is too large");
    return b;
  }

  private static DemandRule rule(String raw) {
    if (raw == null || raw.isBlank()) return DemandRule.MANUAL;
    try {
      return DemandRule.valueOf(raw.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw io.computility.server.shared.web.InvalidInputException.notOneOf(
          "rule", java.util.Arrays.stream(DemandRule.values()).map(Enum::name).toList(), raw);
    }
  }

  private static Map<String, Double> weights(DemandRule r, Map<String, Double> w) {
    if (r != DemandRule.WEIGHTED) {
      if (w != null && !w.isEmpty()) throw Check.bad("weights", "only a WEIGHTED rule has weights");
      return Map.of();
    }
    if (w == null || w.isEmpty()) throw Check.bad("weights", "a WEIGHTED rule needs weights");
    Map<String, Double> out = new LinkedHashMap<>();
    double sum = 0;
    for (var e : w.entrySet()) {
      String k = e.getKey();
      if (!OfferChooser.CRITERIA.contains(k)) {
        throw io.computility.server.shared.web.InvalidInputException.notOneOf(
            "weights", OfferChooser.CRITERIA, k);
      }
      Double v = e.getValue();
      if (v == null || v.isNaN() || v.isInfinite() || v < 0 || v > 1000) {
        throw Check.bad("weights." + k, "must be a number from 0 to 1000");
      }
      sum += v;
      out.put(k, v);
    }
    if (sum <= 0) throw Check.bad("weights", "at least one weight must be above 0");
    return out;
  }
}
