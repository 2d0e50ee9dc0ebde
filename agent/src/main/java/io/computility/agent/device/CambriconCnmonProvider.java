package io.computility.agent.device;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Cambricon MLUs through {@code cnmon info}: "Key : value" lines, a "Card N" line opening each
 * card, and sections (Physical Memory Usage, Utilization, Temperature, Power) whose own lines
 * follow. No recorded real output was found in public material (see
 * src/test/resources/recorded/SOURCE.md), so this parser is untested against a real tool.
 */
final class CambriconCnmonProvider extends VendorToolProvider {

  CambriconCnmonProvider(CommandRunner runner, String executable, Duration timeout) {
    super(runner, List.of(executable, "info"), timeout);
  }

  @Override
  public String name() {
    return "cambricon";
  }

  @Override
  List<CardReading> parse(String stdout) {
    List<CardReading> cards = new ArrayList<>();
    Card card = null;
    String section = "";
    for (String raw : stdout.split("\\R")) {
      String line = raw.strip();
      if (line.matches("Card\\s*:?\\s*\\d+")) {
        if (card != null) {
          cards.add(card.reading());
        }
        card = new Card(Integer.parseInt(line.replaceAll("\\D", "")));
        section = "";
        continue;
      }
      if (card == null || line.isEmpty()) {
        continue;
      }
      int colon = line.indexOf(':');
      String key = (colon < 0 ? line : line.substring(0, colon)).strip();
      String value = colon < 0 ? "" : line.substring(colon + 1).strip();
      if (value.isEmpty()) {
        section = key;
        continue;
      }
      card.read(section, key, value);
    }
    if (card != null) {
      cards.add(card.reading());
    }
    return cards;
  }

  /** What has been read of one card so far. */
  private static final class Card {
    final int index;
    String model = "";
    String uuid = "";
    String busId = "";
    String driver = "";
    long totalMb;
    long usedMb;
    int utilisation;
    Integer temperature;
    Double power;

    Card(int index) {
      this.index = index;
    }

    void read(String section, String key, String value) {
      switch (key) {
        case "Product Name" -> model = value;
        case "UUID" -> uuid = value;
        case "Driver" -> driver = driver.isEmpty() ? value : driver;
        case "Bus ID", "Bus Id" -> busId = value;
        case "Total" -> totalMb = section.startsWith("Physical Memory") ? mb(value) : totalMb;
        case "Used" -> usedMb = section.startsWith("Physical Memory") ? mb(value) : usedMb;
        case "MLU Average" -> utilisation = Numbers.percent(value);
        case "Chip" ->
            temperature =
                section.startsWith("Temperature") ? Numbers.wholeOrNull(value) : temperature;
        case "Usage" -> power = section.startsWith("Power") ? Numbers.decimal(value) : power;
        default -> {}
      }
    }

    private static long mb(String value) {
      return Numbers.wholeOr(value, 0);
    }

    CardReading reading() {
      String id = uuid.isEmpty() ? "cambricon-card" + index : uuid;
      var device =
          new AcceleratorDevice(index, id, "cambricon", model, totalMb, busId, driver, true);
      return new CardReading(device, new DeviceUsage(id, usedMb, utilisation, temperature, power));
    }
  }
}
