package io.computility.agent.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FakeDeviceProviderTest {

  @TempDir Path dir;

  @Test
  @DisplayName(
      "POOL-T12.26 two fake nodes with four cards of two vendors each are discovered apart")
  void twoNodesTwoVendors() throws IOException {
    Path nodeA = write("node-a.yaml", cards("node-a", 2, 2));
    Path nodeB =
        write(
            "node-b.json",
            """
        {"cards": [
          {"vendor": "nvidia", "model": "NVIDIA A100-SXM4-40GB", "memoryMb": 40960, "count": 2,
           "uuidPrefix": "node-b-gpu"},
          {"vendor": "hygon", "model": "K100_AI", "memoryMb": 65520, "count": 2,
           "uuidPrefix": "node-b-dcu", "usedMb": 512}
        ]}
        """);

    var a = DeviceProviders.create("fake", Map.of("file", nodeA.toString())).discover();
    var b = DeviceProviders.create("fake", Map.of("file", nodeB.toString()));

    assertThat(a)
        .hasSize(4)
        .extracting(AcceleratorDevice::vendor)
        .containsExactly("nvidia", "nvidia", "cambricon", "cambricon");
    assertThat(a).extracting(AcceleratorDevice::index).containsExactly(0, 1, 2, 3);
    assertThat(b.discover())
        .extracting(AcceleratorDevice::uuid)
        .containsExactly("node-b-gpu-0", "node-b-gpu-1", "node-b-dcu-0", "node-b-dcu-1");
    assertThat(b.usage()).extracting(DeviceUsage::memoryUsedMb).containsExactly(0L, 0L, 512L, 512L);
  }

  @Test
  @DisplayName(
      "POOL-T12.26 editing the declaration file hot-plugs cards: added and removed cards are seen")
  void hotPlug() throws IOException {
    Path file = write("node.yaml", cards("n", 2, 2));
    DeviceProvider provider = DeviceProviders.create("fake", Map.of("file", file.toString()));
    assertThat(provider.discover()).hasSize(4);

    Files.writeString(file, cards("n", 3, 2));
    assertThat(provider.discover())
        .extracting(AcceleratorDevice::uuid)
        .contains("n-gpu-2")
        .hasSize(5);

    Files.writeString(file, cards("n", 1, 2));
    assertThat(provider.discover())
        .extracting(AcceleratorDevice::uuid)
        .doesNotContain("n-gpu-1", "n-gpu-2")
        .hasSize(3);
  }

  @Test
  @DisplayName("POOL-10 a fake declaration with a missing field is refused naming the field")
  void invalidDeclaration() throws IOException {
    Path file = write("bad.yaml", "cards:\n  - vendor: nvidia\n    model: X\n");
    DeviceProvider provider = DeviceProviders.create("fake", Map.of("file", file.toString()));

    assertThatThrownBy(provider::discover).hasMessageContaining("cards[0].memoryMb");
    assertThatThrownBy(
            () ->
                DeviceProviders.create("fake", Map.of("file", dir.resolve("none").toString()))
                    .discover())
        .hasMessageContaining("does not exist");
  }

  private static String cards(String prefix, int gpus, int mlus) {
    return """
        cards:
          - vendor: nvidia
            model: NVIDIA A100-SXM4-40GB
            memoryMb: 40960
            count: %d
            uuidPrefix: %s-gpu
          - vendor: cambricon
            model: MLU370-X8
            memoryMb: 24576
            count: %d
            uuidPrefix: %s-mlu
        """
        .formatted(gpus, prefix, mlus, prefix);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
