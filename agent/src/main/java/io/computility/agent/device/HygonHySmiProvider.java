package io.computility.agent.device;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hygon DCUs through {@code hy-smi ... --json}, one object per {@code cardN}. hy-smi may print
 * non-JSON lines around the object; only the outermost braces are read.
 */
final class HygonHySmiProvider extends VendorToolProvider {

  static final List<String> ARGUMENTS =
      List.of(
          "--showid",
          "--showmeminfo",
          "vram",
          "--showpower",
          "--showserial",
          "--showuse",
          "--showtemp",
          "--showproductname",
          "--showuniqueid",
          "--json");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  HygonHySmiProvider(CommandRunner runner, String executable, Duration timeout) {
    super(runner, command(executable), timeout);
  }

  private static List<String> command(String executable) {
    List<String> command = new ArrayList<>();
    command.add(executable);
    command.addAll(ARGUMENTS);
    return command;
  }

  @Override
  public String name() {
    return "hygon";
  }

  @Override
  List<CardReading> parse(String stdout) throws IOException {
    return parseJson(stdout);
  }

  static List<CardReading> parseJson(String stdout) throws IOException {
    int start = stdout.indexOf('{');
    int end = stdout.lastIndexOf('}');
    if (start < 0 || end < start) {
      throw new IOException("hy-smi printed no JSON object");
    }
    JsonNode root;
    try {
      root = JSON.readTree(stdout.substring(start, end + 1));
    } catch (JacksonException e) {
      throw new IOException("hy-smi printed unreadable JSON: " + e.getOriginalMessage(), e);
    }
    List<CardReading> cards = new ArrayList<>();
    for (Map.Entry<String, JsonNode> card : root.properties()) {
      if (card.getKey().matches("card\\d+")) {
        cards.add(card(Integer.parseInt(card.getKey().substring(4)), card.getValue()));
      }
    }
    return cards;
  }

  private static CardReading card(int index, JsonNode card) {
    String unique = text(card, "Unique ID");
    String uuid = unique.isEmpty() ? "hygon-card" + index : "DCU-" + unique;
    var device =
        new AcceleratorDevice(
            index,
            uuid,
            "hygon",
            text(card, "Card Series"),
            Numbers.wholeOr(text(card, "vram Total Memory (MiB)"), 0),
            text(card, "PCI Bus"),
            text(card, "Driver Version"),
            true);
    String use = text(card, "HCU use (%)");
    var usage =
        new DeviceUsage(
            uuid,
            Numbers.wholeOr(text(card, "vram Total Used Memory (MiB)"), 0),
            Numbers.percent(use.isEmpty() ? text(card, "DCU use (%)") : use),
            Numbers.wholeOrNull(text(card, "Temperature (Sensor junction) (C)")),
            Numbers.decimal(text(card, "Average Graphics Package Power (W)")));
    return new CardReading(device, usage);
  }

  private static String text(JsonNode card, String field) {
    JsonNode value = card.get(field);
    return value == null || value.isNull() ? "" : value.asString();
  }
}
