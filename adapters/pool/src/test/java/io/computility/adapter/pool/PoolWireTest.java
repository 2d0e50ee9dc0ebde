package io.computility.adapter.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.core.adapter.ReplicaKey;
import io.computility.core.adapter.ReplicaLaunch;
import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.job.JobStatus;
import io.computility.core.resource.Resources;
import io.computility.pool.wire.PoolApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PoolWireTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static ReplicaLaunch launch(Resources r) {
    return new ReplicaLaunch(
        new ReplicaKey("job-1", 0, 0, 1), "train", "echo hi", "img", "spec", r, Map.of("A", "1"));
  }

  @Test
  @DisplayName("JC-6.4 POOL-7.1a whole JC cards become 100 % slices of the smallest card, keyed")
  void wholeCards() {
    PoolApi.SubmitTask body =
        PoolWire.task(launch(new Resources(4, 2, 0, 0, 0, 0, 0)), "fed", 16384);
    assertThat(body.count()).isEqualTo(2);
    assertThat(body.computePercent()).isEqualTo(100);
    assertThat(body.memoryMb()).isEqualTo(16384L);
    assertThat(body.tenant()).isEqualTo("fed");
    assertThat(body.name()).isEqualTo("train");
    assertThat(body.clientKey()).isEqualTo(new ReplicaKey("job-1", 0, 0, 1).asString());
    assertThat(body.command()).containsExactly("sh", "-c", "echo hi");
    assertThat(body.env()).containsEntry("A", "1");
  }

  @Test
  @DisplayName("JC-6.4 POOL-7.1a a replica without accelerators gets the smallest slice")
  void cpuOnly() {
    PoolApi.SubmitTask body = PoolWire.task(launch(new Resources(2, 0, 0, 0, 512, 0, 0)), "f", 1);
    assertThat(body.count()).isEqualTo(1);
    assertThat(body.computePercent()).isEqualTo(1);
    assertThat(body.memoryMb()).isEqualTo(1L);
  }

  @Test
  @DisplayName("JC-6.4 pool task states map onto JC replica statuses")
  void states() {
    assertThat(PoolWire.status("QUEUED")).isEqualTo(JobStatus.PENDING);
    assertThat(PoolWire.status("SCHEDULED")).isEqualTo(JobStatus.PENDING);
    assertThat(PoolWire.status("RUNNING")).isEqualTo(JobStatus.RUNNING);
    assertThat(PoolWire.status("SUCCEEDED")).isEqualTo(JobStatus.COMPLETED);
    assertThat(PoolWire.status("STOPPED")).isEqualTo(JobStatus.STOPPED);
    assertThat(PoolWire.status("TIMED_OUT")).isEqualTo(JobStatus.FAILED);
    assertThat(PoolWire.status("IDLE_RELEASED")).isEqualTo(JobStatus.FAILED);
    JsonNode failed =
        JSON.readTree(
            "{\"id\":\"pt-1\",\"state\":\"FAILED\",\"exitCode\":3,\"startedAt\":1.5,"
                + "\"endedAt\":\"2025-01-02T03:04:05Z\"}");
    var state = PoolWire.state(new ReplicaKey("j", 0, 0, 1), PoolWire.task(failed));
    assertThat(state.message()).isEqualTo("exit code 3");
    assertThat(state.externalId()).isEqualTo("pt-1");
    assertThat(state.startedAt()).isEqualTo(java.time.Instant.ofEpochSecond(1, 500_000_000));
    assertThat(state.finishedAt()).isEqualTo(java.time.Instant.parse("2025-01-02T03:04:05Z"));
  }

  @Test
  @DisplayName("JC-6.1.3 cards of online enabled nodes count by vendor; a card with a task is used")
  void snapshot() {
    List<PoolApi.NodeView> nodes =
        PoolWire.nodes(
            JSON.readTree(
                """
            [{"name":"a","online":true,"enabled":true,"devices":[
              {"vendor":"NVIDIA","enabled":true,"memoryMb":1000,"usedMemoryMb":400,"usedPercent":50,
               "tasks":["pt-1"],"status":"used"},
              {"vendor":"Huawei","enabled":true,"memoryMb":2000,"usedMemoryMb":0,"usedPercent":0,
               "tasks":[],"status":"idle"},
              {"vendor":"Cambricon","enabled":false,"memoryMb":3000,"tasks":[],"status":"disabled"}]},
             {"name":"b","online":false,"enabled":true,"devices":[
              {"vendor":"NVIDIA","enabled":true,"memoryMb":5000,"tasks":[],"status":"idle"}]}]
            """));
    MonitoringSnapshot s = PoolWire.snapshot("p", "P", nodes, 1, 2, 1);
    assertThat(s.used()).isEqualTo(new Resources(0, 1, 0, 0, 400, 0, 0));
    assertThat(s.free()).isEqualTo(new Resources(0, 0, 1, 0, 2600, 0, 0));
    assertThat(s.runningTaskNum()).isEqualTo(1);
    assertThat(s.waitingTaskNum()).isEqualTo(2);
    assertThat(PoolWire.smallestCardMb(nodes)).isEqualTo(1000);
  }
}
