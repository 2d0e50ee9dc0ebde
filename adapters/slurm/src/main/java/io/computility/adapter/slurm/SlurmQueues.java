package io.computility.adapter.slurm;

import io.computility.core.adapter.HpcQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Slurm partitions as HPC queues (CMP-hpcqueue). slurmrestd v0.0.38 does not report OverSubscribe;
 * newer versions do ({@code maximums.oversubscribe}), otherwise the configured value or {@code
 * UNKNOWN} is shown.
 */
final class SlurmQueues {
  private SlurmQueues() {}

  static List<HpcQueue> parse(JsonNode partitions, Map<String, String> overSubscribe) {
    List<HpcQueue> out = new ArrayList<>();
    for (JsonNode p : partitions.path("partitions")) {
      String name = p.path("name").asText();
      out.add(
          new HpcQueue(
              name,
              split(p.path("nodes").asText("")),
              hasFlag(p.path("flags"), "default"),
              (int) Math.min(65533, Math.max(0, p.path("priority_tier").asLong(0))),
              maxTime(p.path("max_time_limit")),
              overSubscribe(p, overSubscribe.get(name)),
              split(p.path("allowed_groups").asText("")),
              p.path("state").asText("UNKNOWN").toUpperCase(Locale.ROOT),
              p.path("total_cpus").asInt(0),
              p.path("total_nodes").asInt(0)));
    }
    return out;
  }

  /** Minutes; -1, null or a huge value mean unlimited. */
  private static Duration maxTime(JsonNode v) {
    if (v.isObject()) {
      if (v.path("infinite").asBoolean(false) || !v.path("set").asBoolean(true)) return null;
      v = v.path("number");
    }
    if (v.isMissingNode() || v.isNull()) return null;
    long m = v.asLong(-1);
    return m < 0 || m >= 0xFFFFFFFEL ? null : Duration.ofMinutes(m);
  }

  private static String overSubscribe(JsonNode p, String configured) {
    JsonNode o = p.path("maximums").path("oversubscribe");
    if (!o.isMissingNode()) {
      String mode = "NO";
      for (JsonNode f : o.path("flags")) mode = f.asText().toUpperCase(Locale.ROOT);
      int jobs = o.path("jobs").asInt(1);
      return jobs > 1 && !"NO".equals(mode) ? mode + ":" + jobs : mode;
    }
    return configured == null ? "UNKNOWN" : configured.toUpperCase(Locale.ROOT);
  }

  private static boolean hasFlag(JsonNode flags, String flag) {
    for (JsonNode f : flags) if (f.asText().equalsIgnoreCase(flag)) return true;
    return false;
  }

  private static List<String> split(String csv) {
    if (csv.isBlank()) return List.of();
    return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
