package io.computility.sim.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.computility.core.pool.NodeSpec;
import io.computility.core.pool.PodRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenbTraceTest {

  @Test
  @DisplayName("NET-7.3a the openb node lists load with the documented node and GPU counts")
  void nodes() {
    List<NodeSpec> all = OpenbTrace.readNodes(OpenbData.file("openb_node_list_all_node.csv"));
    List<NodeSpec> gpu = OpenbTrace.readNodes(OpenbData.file("openb_node_list_gpu_node.csv"));

    assertThat(all).hasSize(1523);
    assertThat(gpu).hasSize(1213);
    assertThat(all.stream().mapToInt(NodeSpec::gpuCount).sum()).isEqualTo(6212);
    assertThat(gpu.stream().mapToInt(NodeSpec::gpuCount).sum()).isEqualTo(6212);
    assertThat(all.stream().filter(n -> n.gpuCount() == 0).count()).isEqualTo(310);
    assertThat(all.stream().filter(n -> n.gpuModel().equals("G2")).count()).isEqualTo(549);
    assertThat(all.get(0)).isEqualTo(new NodeSpec("openb-node-0000", 32_000, 262_144, 0, ""));
  }

  @Test
  @DisplayName("NET-7.3a the default pod list loads with the documented shape counts (full schema)")
  void defaultPods() {
    List<PodRequest> pods = OpenbTrace.readPods(OpenbData.file("openb_pod_list_default.csv"));

    assertThat(pods).hasSize(8152);
    Map<Integer, Long> byGpus =
        pods.stream().collect(Collectors.groupingBy(PodRequest::gpuCount, Collectors.counting()));
    assertThat(byGpus)
        .containsExactlyInAnyOrderEntriesOf(Map.of(0, 1088L, 1, 6989L, 2, 16L, 4, 15L, 8, 44L));
    assertThat(pods.stream().filter(PodRequest::isGpuSharing).count()).isEqualTo(3078);
    assertThat(pods.stream().allMatch(p -> p.gpuModels().isEmpty())).isTrue();
    assertThat(pods.get(1))
        .isEqualTo(new PodRequest("openb-pod-0001", 6_000, 12_288, 1, 460, List.of()));
  }

  @Test
  @DisplayName("NET-7.3a reduced-schema and GPU-model pod lists load too")
  void variants() {
    assertThat(OpenbTrace.readPods(OpenbData.file("openb_pod_list_multigpu20.csv"))).hasSize(8324);
    assertThat(OpenbTrace.readPods(OpenbData.file("openb_pod_list_cpu050.csv"))).hasSize(7439);
    List<PodRequest> spec = OpenbTrace.readPods(OpenbData.file("openb_pod_list_gpuspec33.csv"));
    assertThat(spec).hasSize(8152);
    assertThat(spec.stream().filter(p -> !p.gpuModels().isEmpty()).count()).isGreaterThan(1000);
    assertThat(spec.stream().filter(p -> !p.usesGpu()).allMatch(p -> p.gpuModels().isEmpty()))
        .isTrue();
  }

  @Test
  @DisplayName(
      "NET-7.3a trace files are RFC 4180 CSV: a quoted cell may hold commas, short rows read as"
          + " empty")
  void quotedCells(@TempDir Path dir) throws IOException {
    Path pods = dir.resolve("pods.csv");
    Files.writeString(
        pods,
        "name,cpu_milli,memory_mib,num_gpu,gpu_milli,gpu_spec\n"
            + "\"pod,with,commas\",1000,2048,1,500,\"G1|G2\"\n"
            + "\n"
            + "cpu-pod,2000,4096,0\n");
    assertThat(OpenbTrace.readPods(pods))
        .containsExactly(
            new PodRequest("pod,with,commas", 1000, 2048, 1, 500, List.of("G1", "G2")),
            new PodRequest("cpu-pod", 2000, 4096, 0, 0, List.of()));
    Files.writeString(pods, "name,cpu_milli\nx,lots\n");
    assertThatThrownBy(() -> OpenbTrace.readPods(pods)).hasMessageContaining("no column num_gpu");
  }
}
