package io.computility.agent.device;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * NVIDIA cards through {@code nvidia-smi --query-gpu=... --format=csv,noheader,nounits}. The parser
 * also reads the headed, unit-carrying form ({@code --format=csv}) by column name, so recorded
 * outputs of either form can be replayed.
 */
final class NvidiaSmiProvider extends VendorToolProvider {

  static final List<String> FIELDS =
      List.of(
          "index",
          "uuid",
          "name",
          "memory.total",
          "memory.used",
          "utilization.gpu",
          "temperature.gpu",
          "power.draw",
          "pci.bus_id",
          "driver_version");

  NvidiaSmiProvider(CommandRunner runner, String executable, Duration timeout) {
    super(
        runner,
        List.of(
            executable, "--query-gpu=" + String.join(",", FIELDS), "--format=csv,noheader,nounits"),
        timeout);
  }

  @Override
  public String name() {
    return "nvidia";
  }

  @Override
  List<CardReading> parse(String stdout) {
    return parseCsv(stdout);
  }

  static List<CardReading> parseCsv(String stdout) {
    List<String> columns = FIELDS;
    List<CardReading> cards = new ArrayList<>();
    for (String line : stdout.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      List<String> cells = List.of(line.split(",\\s*", -1));
      if (cells.get(0).strip().equals("index")) {
        columns = cells.stream().map(c -> c.replaceAll("\\s*\\[.*]$", "").strip()).toList();
        continue;
      }
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < Math.min(columns.size(), cells.size()); i++) {
        row.put(columns.get(i), cells.get(i).strip());
      }
      cards.add(card(row));
    }
    return cards;
  }

  private static CardReading card(Map<String, String> row) {
    String uuid = row.get("uuid");
    var device =
        new AcceleratorDevice(
            (int) Numbers.wholeOr(row.get("index"), 0),
            uuid,
            "nvidia",
            row.getOrDefault("name", ""),
            Numbers.wholeOr(row.get("memory.total"), 0),
            row.get("pci.bus_id"),
            row.get("driver_version"),
            true);
    var usage =
        new DeviceUsage(
            uuid,
            Numbers.wholeOr(row.get("memory.used"), 0),
            Numbers.percent(row.get("utilization.gpu")),
            Numbers.wholeOrNull(row.get("temperature.gpu")),
            Numbers.decimal(row.get("power.draw")));
    return new CardReading(device, usage);
  }
}
