package io.computility.agent.device;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints what a provider finds on this node as one JSON object: {@code DeviceProbeCli <provider>
 * [key=value ...]}, for example {@code DeviceProbeCli nvidia} or {@code DeviceProbeCli fake
 * file=cards.yaml}. Exit status 1 when the provider fails.
 */
public final class DeviceProbeCli {

  private DeviceProbeCli() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println(
          "usage: DeviceProbeCli <fake|nvidia|ascend|cambricon|hygon> [key=value ...]");
      System.exit(64);
    }
    Map<String, String> config = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      String[] pair = args[i].split("=", 2);
      config.put(pair[0], pair.length > 1 ? pair[1] : "");
    }
    try {
      DeviceProvider provider = DeviceProviders.create(args[0], config);
      Map<String, Object> report = new LinkedHashMap<>();
      report.put("provider", provider.name());
      report.put("devices", provider.discover());
      report.put("usage", provider.usage());
      System.out.println(JsonMapper.builder().build().writeValueAsString(report));
    } catch (Exception e) {
      System.err.println("device probe failed: " + e.getMessage());
      System.exit(1);
    }
  }
}
