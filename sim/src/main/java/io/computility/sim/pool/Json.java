package io.computility.sim.pool;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The one-line JSON summary benchmarks are read by. */
final class Json {

  private Json() {}

  /**
   * One trace: {"bench":"fgd","trace":T,...}; every trace (trace null):
   * {"bench":"fgd","traces":{...}}.
   */
  static String result(String trace, double arrived, Map<String, Map<String, Double>> byTrace) {
    String head = String.format(Locale.ROOT, "{\"bench\":\"fgd\",");
    String arr = String.format(Locale.ROOT, "\"arrived\":%s", arrived);
    if (trace != null) {
      return head
          + "\"trace\":\""
          + trace
          + "\","
          + arr
          + ",\"policies\":"
          + policies(byTrace.get(trace))
          + "}";
    }
    String traces =
        byTrace.entrySet().stream()
            .map(e -> "\"" + e.getKey() + "\":" + policies(e.getValue()))
            .collect(Collectors.joining(",", "{", "}"));
    return head + "\"trace\":\"all\"," + arr + ",\"traces\":" + traces + "}";
  }

  private static String policies(Map<String, Double> means) {
    return means.entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "\"%s\":%.2f", e.getKey(), e.getValue()))
        .collect(Collectors.joining(",", "{", "}"));
  }
}
