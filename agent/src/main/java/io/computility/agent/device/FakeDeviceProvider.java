package io.computility.agent.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Cards declared in a YAML or JSON file (JSON is YAML). The file is read on every call, so editing
 * it is a hot-plug: cards added or removed there appear or disappear at the next discovery.
 *
 * <pre>
 * cards:
 *   - vendor: nvidia
 *     model: NVIDIA A100-SXM4-40GB
 *     memoryMb: 40960
 *     count: 2
 *   - vendor: cambricon
 *     model: MLU370-X8
 *     memoryMb: 24576
 *     count: 2
 *     uuidPrefix: node-b-mlu   # optional; identities are prefix-0, prefix-1, ...
 *     usedMb: 1024             # optional; what usage() reports per card
 *     healthy: false           # optional; a faulty card
 * </pre>
 */
final class FakeDeviceProvider implements DeviceProvider {

  private static final ObjectMapper YAML =
      YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final Path file;

  FakeDeviceProvider(Path file) {
    this.file = file;
  }

  /** The file's shape. */
  record Declaration(List<Group> cards) {}

  /** Identical cards. */
  record Group(
      String vendor,
      String model,
      Long memoryMb,
      Integer count,
      String uuidPrefix,
      Long usedMb,
      Integer utilisationPercent,
      Boolean healthy) {}

  @Override
  public String name() {
    return "fake";
  }

  @Override
  public List<AcceleratorDevice> discover() throws IOException {
    return read().stream().map(CardReading::device).toList();
  }

  @Override
  public List<DeviceUsage> usage() throws IOException {
    return read().stream().map(CardReading::usage).toList();
  }

  private List<CardReading> read() throws IOException {
    Declaration declaration;
    try {
      declaration = YAML.readValue(Files.readString(file), Declaration.class);
    } catch (NoSuchFileException e) {
      throw new IOException("fake device file " + file + " does not exist", e);
    } catch (JacksonException e) {
      throw new IOException("fake device file " + file + ": " + e.getOriginalMessage(), e);
    }
    List<CardReading> cards = new ArrayList<>();
    if (declaration == null || declaration.cards() == null) {
      return cards;
    }
    for (int g = 0; g < declaration.cards().size(); g++) {
      Group group = declaration.cards().get(g);
      require(group.vendor() != null && !group.vendor().isBlank(), g, "vendor");
      require(group.model() != null && !group.model().isBlank(), g, "model");
      require(group.memoryMb() != null && group.memoryMb() > 0, g, "memoryMb");
      int count = group.count() == null ? 1 : group.count();
      require(count >= 0, g, "count");
      String prefix =
          group.uuidPrefix() != null
              ? group.uuidPrefix()
              : "FAKE-" + group.vendor() + "-" + group.model().replaceAll("[^A-Za-z0-9]+", "-");
      for (int i = 0; i < count; i++) {
        String uuid = prefix + "-" + i;
        int index = cards.size();
        var device =
            new AcceleratorDevice(
                index,
                uuid,
                group.vendor().toLowerCase(java.util.Locale.ROOT),
                group.model(),
                group.memoryMb(),
                String.format("0000:%02x:00.0", index + 1),
                "fake",
                group.healthy() == null || group.healthy());
        long used = group.usedMb() == null ? 0 : group.usedMb();
        int util = group.utilisationPercent() == null ? 0 : group.utilisationPercent();
        cards.add(new CardReading(device, new DeviceUsage(uuid, used, util, null, null)));
      }
    }
    return cards;
  }

  private void require(boolean ok, int group, String field) throws IOException {
    if (!ok) {
      throw new IOException(
          "fake device file "
              + file
              + ": cards["
              + group
              + "]."
              + field
              + " is missing or invalid");
    }
  }
}
