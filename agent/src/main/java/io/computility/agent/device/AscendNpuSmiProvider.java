package io.computility.agent.device;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Huawei Ascend NPUs through {@code npu-smi info}. Each chip is two table rows: name, health, power
 * and temperature; then chip (and physical id on multi-chip boards), bus id, AI-core use and
 * memory. The process table that follows is ignored.
 */
final class AscendNpuSmiProvider extends VendorToolProvider {

  private static final Pattern BUS_ID = Pattern.compile("[0-9A-Fa-f]{4}:[0-9A-Fa-f]{2}:.*");
  private static final Pattern USED_OF_TOTAL = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)");
  private static final Pattern VERSION = Pattern.compile("Version:\\s*(\\S+)");

  AscendNpuSmiProvider(CommandRunner runner, String executable, Duration timeout) {
    super(runner, List.of(executable, "info"), timeout);
  }

  @Override
  public String name() {
    return "ascend";
  }

  @Override
  List<CardReading> parse(String stdout) {
    return parseInfo(stdout);
  }

  static List<CardReading> parseInfo(String stdout) {
    List<CardReading> cards = new ArrayList<>();
    String driver = "";
    String[] first = null;
    for (String line : stdout.split("\\R")) {
      Matcher version = VERSION.matcher(line);
      if (driver.isEmpty() && version.find()) {
        driver = version.group(1);
      }
      String[] cells = cells(line);
      if (cells.length != 3 || !cells[0].matches("\\d+(\\s+.*)?")) {
        continue;
      }
      if (BUS_ID.matcher(cells[1]).matches()) {
        if (first != null) {
          cards.add(chip(first, cells, driver));
        }
        first = null;
      } else {
        first = cells;
      }
    }
    return cards;
  }

  private static CardReading chip(String[] head, String[] body, String driver) {
    String[] npuAndName = head[0].split("\\s+", 2);
    String[] chipAndPhy = body[0].split("\\s+");
    int index = Integer.parseInt(chipAndPhy.length > 1 ? chipAndPhy[1] : npuAndName[0]);
    String busId = body[1];
    String uuid = "ascend-" + busId;
    long[] memory = memory(body[2]);
    var device =
        new AcceleratorDevice(
            index,
            uuid,
            "huawei",
            npuAndName.length > 1 ? npuAndName[1] : "Ascend",
            memory[1],
            busId,
            driver,
            head[1].equalsIgnoreCase("OK"));
    String[] figures = head[2].split("\\s+");
    var usage =
        new DeviceUsage(
            uuid,
            memory[0],
            Numbers.percent(body[2].split("\\s+")[0]),
            figures.length > 1 ? Numbers.wholeOrNull(figures[1]) : null,
            Numbers.decimal(figures[0]));
    return new CardReading(device, usage);
  }

  /** Used and total of HBM where the chip has it, else of its DDR memory. */
  private static long[] memory(String cell) {
    List<long[]> pairs = new ArrayList<>();
    Matcher m = USED_OF_TOTAL.matcher(cell);
    while (m.find()) {
      pairs.add(new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
    }
    for (int i = pairs.size() - 1; i >= 0; i--) {
      if (pairs.get(i)[1] > 0) {
        return pairs.get(i);
      }
    }
    return new long[] {0, 0};
  }

  private static String[] cells(String line) {
    String trimmed = line.strip();
    if (!trimmed.startsWith("|")) {
      return new String[0];
    }
    return Arrays.stream(trimmed.substring(1).split("\\|"))
        .map(String::strip)
        .toArray(String[]::new);
  }
}
