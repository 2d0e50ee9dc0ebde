package io.computility.agent.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each vendor parser fed the recorded output of the real tool (sources in recorded/SOURCE.md). */
class RecordedVendorOutputsTest {

  @Test
  @DisplayName(
      "POOL-10 POOL-T12.26 nvidia-smi output recorded on an H100 parses to one 81559 MiB card")
  void nvidiaH100() throws IOException {
    var runner = RecordedCommandRunner.replaying("nvidia-h100/nvidia-smi-query-gpu.csv");
    DeviceProvider provider = DeviceProviders.create("nvidia", Map.of(), runner);

    List<AcceleratorDevice> devices = provider.discover();

    assertThat(devices)
        .containsExactly(
            new AcceleratorDevice(
                0,
                "GPU-2c3b6b4d-1cb7-9ec8-48d8-412739980c57",
                "nvidia",
                "NVIDIA H100 80GB HBM3",
                81559,
                "00000000:00:06.0",
                "580.159.04",
                true));
    assertThat(provider.usage())
        .containsExactly(
            new DeviceUsage("GPU-2c3b6b4d-1cb7-9ec8-48d8-412739980c57", 0, 0, 35, 72.05));
    assertThat(runner.commands.get(0))
        .startsWith("nvidia-smi")
        .contains("--format=csv,noheader,nounits");
    assertThat(runner.commands.get(0).get(1))
        .startsWith("--query-gpu=index,uuid,name,memory.total");
  }

  @Test
  @DisplayName(
      "POOL-10 POOL-T12.26 npu-smi info of two Ascend 910B2 NPUs parses to two 64 GiB chips")
  void ascend910b2() throws IOException {
    var runner = RecordedCommandRunner.replaying("ascend-910b2/npu-smi-info.txt");
    DeviceProvider provider = DeviceProviders.create("ascend", Map.of(), runner);

    List<AcceleratorDevice> devices = provider.discover();

    assertThat(devices)
        .extracting(AcceleratorDevice::index, AcceleratorDevice::model, AcceleratorDevice::memoryMb)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, "910B2", 65536L),
            org.assertj.core.groups.Tuple.tuple(1, "910B2", 65536L));
    assertThat(devices.get(0).uuid()).isEqualTo("ascend-0000:C1:00.0");
    assertThat(devices.get(0).driverVersion()).isEqualTo("25.2.0");
    assertThat(devices).allMatch(d -> d.vendor().equals("huawei") && d.healthy());
    assertThat(provider.usage().get(0))
        .isEqualTo(new DeviceUsage("ascend-0000:C1:00.0", 3382, 0, 32, 98.1));
    assertThat(runner.commands.get(0)).containsExactly("npu-smi", "info");
  }

  @Test
  @DisplayName(
      "POOL-T12.26 npu-smi info with two chips per NPU and a process table parses chip by physical id")
  void ascendMultiChip() throws IOException {
    var provider =
        DeviceProviders.create(
            "ascend", Map.of(), RecordedCommandRunner.replaying("ascend-910-a3/npu-smi-info.txt"));

    List<AcceleratorDevice> devices = provider.discover();

    assertThat(devices).extracting(AcceleratorDevice::index).containsExactly(0, 1, 15);
    assertThat(devices)
        .extracting(AcceleratorDevice::busId)
        .containsExactly("0000:9D:00.0", "0000:9F:00.0", "0000:83:00.0");
    assertThat(provider.usage())
        .extracting(DeviceUsage::memoryUsedMb, DeviceUsage::powerW)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3419L, 162.6),
            org.assertj.core.groups.Tuple.tuple(2874L, null),
            org.assertj.core.groups.Tuple.tuple(31877L, null));
  }

  @Test
  @DisplayName(
      "POOL-10 POOL-T12.26 hy-smi --json of Hygon K100_AI DCUs parses to two 65520 MiB cards")
  void hygonK100() throws IOException {
    var runner = RecordedCommandRunner.replaying("hygon-k100-ai/hy-smi-json.txt");
    DeviceProvider provider = DeviceProviders.create("hygon", Map.of(), runner);

    List<AcceleratorDevice> devices = provider.discover();

    assertThat(devices)
        .extracting(AcceleratorDevice::index, AcceleratorDevice::uuid, AcceleratorDevice::memoryMb)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, "DCU-7137d9b2a08a4841", 65520L),
            org.assertj.core.groups.Tuple.tuple(1, "DCU-7137d9debec858c1", 65520L));
    assertThat(devices).allMatch(d -> d.model().equals("K100_AI") && d.vendor().equals("hygon"));
    assertThat(provider.usage().get(0))
        .isEqualTo(new DeviceUsage("DCU-7137d9b2a08a4841", 2, 0, 35, 77.0));
    assertThat(runner.commands.get(0)).startsWith("hy-smi").contains("--json", "--showmeminfo");
  }

  @Test
  @DisplayName(
      "POOL-T12.26 one node view over NVIDIA, Ascend and Hygon cards keeps vendors and identities apart")
  void heterogeneousNode() throws IOException {
    List<AcceleratorDevice> all =
        Stream.of(
                DeviceProviders.create(
                    "nvidia",
                    Map.of(),
                    RecordedCommandRunner.replaying("nvidia-h100/nvidia-smi-query-gpu.csv")),
                DeviceProviders.create(
                    "ascend",
                    Map.of(),
                    RecordedCommandRunner.replaying("ascend-910b2/npu-smi-info.txt")),
                DeviceProviders.create(
                    "hygon",
                    Map.of(),
                    RecordedCommandRunner.replaying("hygon-k100-ai/hy-smi-json.txt")))
            .flatMap(p -> discover(p).stream())
            .toList();

    assertThat(all)
        .extracting(AcceleratorDevice::vendor)
        .containsExactly("nvidia", "huawei", "huawei", "hygon", "hygon");
    assertThat(all).extracting(AcceleratorDevice::uuid).doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("POOL-10 a vendor tool that fails is reported with its exit status and message")
  void failingTool() {
    var provider =
        DeviceProviders.create(
            "nvidia", Map.of(), RecordedCommandRunner.failing(9, "NVIDIA-SMI has failed"));

    assertThatThrownBy(provider::discover)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("exited with 9")
        .hasMessageContaining("NVIDIA-SMI has failed");
  }

  @Test
  @DisplayName("POOL-10 an unknown provider name is refused naming the known ones")
  void unknownProvider() {
    assertThatThrownBy(() -> DeviceProviders.create("tpu", Map.of()))
        .hasMessageContaining("tpu")
        .hasMessageContaining("nvidia, ascend, cambricon, hygon");
    assertThatThrownBy(() -> DeviceProviders.create("fake", Map.of()))
        .hasMessageContaining("'file'");
  }

  private static List<AcceleratorDevice> discover(DeviceProvider provider) {
    try {
      return provider.discover();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
