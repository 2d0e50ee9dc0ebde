package io.computility.server.monitoring.api;

import io.computility.server.monitoring.intake.TrendStore;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The overview's utilisation trend from the stored samples (CMP-observe): the last hour in
 * one-minute buckets, the last day in quarter hours, or the last week in two-hour buckets.
 */
@RestController
@RequestMapping("/api/v1/monitoring")
@Tag(name = "Monitoring")
public class TrendController {
  private final TrendStore store;
  private final Clock clock;

  public TrendController(TrendStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** A range the trend covers and its bucket. */
  enum Range {
    HOUR(Duration.ofHours(1), Duration.ofMinutes(1)),
    DAY(Duration.ofDays(1), Duration.ofMinutes(15)),
    WEEK(Duration.ofDays(7), Duration.ofHours(2));

    final Duration span;
    final Duration bucket;

    Range(Duration span, Duration bucket) {
      this.span = span;
      this.bucket = bucket;
    }
  }

  /** The trend: its range, bucket length and points, oldest first. */
  public record TrendData(
      String range,
      @Schema(description = "length of one bucket in seconds") long bucketSeconds,
      Instant from,
      Instant to,
      List<TrendPoint> points) {}

  /** One bucket; a ratio is 0..1 and null where no sample fell in the bucket. */
  public record TrendPoint(
      @Schema(description = "start of the bucket") Instant at,
      @Schema(description = "centers' CPU used / total") Double cpu,
      @Schema(description = "centers' accelerators used / total") Double gpu,
      @Schema(description = "centers' memory used / total") Double memory,
      @Schema(description = "pool cards' mean utilisation") Double poolGpu,
      @Schema(description = "pool cards holding a slice") Integer poolCardsBusy,
      @Schema(description = "pool cards reporting") Integer poolCards) {}

  @GetMapping("/trend")
  @Operation(
      summary =
          "CMP-observe utilisation over time (range hour, day or week): centers' CPU, accelerator"
              + " and memory use and the pool's card use, per time bucket")
  public Envelope<TrendData> trend(@RequestParam(defaultValue = "hour") String range) {
    Range r = range(range);
    Instant to = clock.instant();
    Instant from = to.minus(r.span);
    long seconds = r.bucket.toSeconds();
    List<TrendPoint> points =
        store.buckets(from, to, seconds).stream().map(TrendController::point).toList();
    return Envelope.ok(new TrendData(r.name().toLowerCase(Locale.ROOT), seconds, from, to, points));
  }

  private static Range range(String v) {
    try {
      return Range.valueOf(v.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.notOneOf("range", List.of("hour", "day", "week"), v);
    }
  }

  private static TrendPoint point(TrendStore.Bucket b) {
    return new TrendPoint(
        b.at(),
        ratio(b.cpuUsed(), b.cpuTotal()),
        ratio(b.gpuUsed(), b.gpuTotal()),
        ratio(b.memoryUsed(), b.memoryTotal()),
        b.poolGpuUtilisation(),
        b.poolCardsBusy(),
        b.poolCards());
  }

  private static Double ratio(Double used, Double total) {
    if (used == null || total == null || total <= 0) return null;
    return Math.min(1.0, used / total);
  }
}
