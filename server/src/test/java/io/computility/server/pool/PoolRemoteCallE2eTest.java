package io.computility.server.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.computility.agent.remote.RemoteCallException;
import io.computility.agent.remote.RemoteDevice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Seed 002 §12.3 / §7.1 c): a task on a node without cards computes on a slice of a card on another
 * node, over the network, through Computility's own remoting protocol (not CUDA API remoting). Real
 * controller, a CPU-only agent (rc-cpu) and an agent with a fake card that serves slices (rc-gpu),
 * both real processes; the task is a real process on rc-cpu.
 */
class PoolRemoteCallE2eTest extends PoolE2eBase {
  private static final int N = 160;
  private static final long SEED = 11;
  private static final Pattern CHECKSUM = Pattern.compile("checksum=(-?[0-9.]+)");

  @BeforeAll
  void agents() throws Exception {
    startAgent("rc-cpu", "cards: []\n");
    startAgent(
        "rc-gpu",
        AgentProcess.cards("nvidia", "A100", 40960, 1, "rc-gpu-card"),
        "--remote-listen",
        "127.0.0.1:0");
  }

  private static List<String> remoteWorkload(int seconds, int memoryMb, int overaskMb) {
    return List.of(
        AgentProcess.java(),
        "-Xmx64m",
        "-XX:TieredStopAtLevel=1",
        "-cp",
        System.getProperty("java.class.path"),
        "io.computility.agent.workload.RemoteMatmulWorkload",
        "--n",
        Integer.toString(N),
        "--seconds",
        Integer.toString(seconds),
        "--memory-mb",
        Integer.toString(memoryMb),
        "--overask-mb",
        Integer.toString(overaskMb),
        "--seed",
        Long.toString(SEED));
  }

  private static Map<String, Object> remoteTask(String runOn, List<String> command) {
    Map<String, Object> t = new HashMap<>();
    t.put("computePercent", 50);
    t.put("memoryMb", 24);
    t.put("remote", true);
    t.put("runOn", runOn);
    t.put("command", command);
    return t;
  }

  @Test
  @DisplayName(
      "POOL-T12.3 a task on a CPU-only node computes on a remote card's slice over the network: right results, the remote card's usage rises during the run, an over-limit allocation is refused while the task goes on")
  void remoteCall() throws Exception {
    JsonNode submitted = submit(remoteTask("rc-cpu", remoteWorkload(8, 16, 16)));
    String id = submitted.path("id").asText();
    JsonNode running = awaitState(id, "RUNNING");

    // The controller records both nodes: the process on rc-cpu, the slice on rc-gpu's card.
    assertThat(running.path("slots").get(0).path("node").asText()).isEqualTo("rc-gpu");
    assertThat(running.path("slots").get(0).path("card").asText()).isEqualTo("rc-gpu-card-0");
    assertThat(running.path("remote").path("runOn").asText()).isEqualTo("rc-cpu");
    assertThat(running.path("remote").path("cardNodes").get(0).asText()).isEqualTo("rc-gpu");
    String endpoint = running.path("remote").path("endpoint").asText();
    assertThat(endpoint).startsWith("http://127.0.0.1:");
    assertThat(running.path("parts").path("rc-cpu").asText()).isEqualTo("running");
    assertThat(running.path("parts").path("rc-gpu").asText()).isEqualTo("running");
    assertThat(device("rc-gpu-card-0").path("tasks").toString()).contains(id);

    // The remote card's usage, metered where the kernels run and reported by rc-gpu's agent.
    List<Integer> busy = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              JsonNode t = task(id);
              busy.add(t.path("computeUsedPercent").asInt());
              return t.path("memoryUsedMb").asLong() >= 16
                  && t.path("computeUsedPercent").asInt() > 0;
            });
    assertThat(task(id).path("state").asText()).isEqualTo("RUNNING");

    // Asking beyond the slice's 24 MB is refused; the task carries on.
    awaitLog(id, "remote alloc refused: out of device memory: 16 MiB asked");
    assertThat(task(id).path("state").asText()).isEqualTo("RUNNING");

    // The slice's token is the task's: anyone else is refused by the serving agent.
    assertThatThrownBy(() -> new RemoteDevice(endpoint, id, "not-the-token").info())
        .isInstanceOfSatisfying(
            RemoteCallException.class, e -> assertThat(e.status()).isEqualTo(401));

    JsonNode done = awaitState(id, "SUCCEEDED");
    assertThat(done.path("exitCode").asInt()).isZero();
    assertThat(done.path("parts").path("rc-cpu").asText()).isEqualTo("succeeded");
    assertThat(busy)
        .as("busy share never above the slice share of 50 percent, 1 s window")
        .allMatch(b -> b <= 60);

    List<String> log = logLines(id);
    assertThat(log).anyMatch(l -> l.contains("agent rc-cpu: started pid"));
    assertThat(log)
        .anyMatch(l -> l.contains("agent rc-gpu: serving 50% / 24 MB of [rc-gpu-card-0]"));
    assertThat(log).anyMatch(l -> l.contains("remote slice on_node=rc-cpu limit_memory_mb=24"));
    double expected = checksumComputedHere();
    List<Double> sums = new ArrayList<>();
    for (String l : log) {
      Matcher m = CHECKSUM.matcher(l);
      if (l.startsWith("remote iteration=") && m.find()) sums.add(Double.parseDouble(m.group(1)));
    }
    assertThat(sums)
        .isNotEmpty()
        .allSatisfy(
            s -> assertThat(s).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-3)));
    awaitLog(id, "agent rc-gpu: remote slice released");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> device("rc-gpu-card-0").path("usedPercent").asInt() == 0);
  }

  @Test
  @DisplayName(
      "POOL-T12.3 a remote task must name a node without cards to run on (400 naming runOn)")
  void badRemoteRequests() throws Exception {
    Answer onCardNode = call("POST", "/api/v1/pool/tasks", remoteTask("rc-gpu", List.of("true")));
    assertThat(onCardNode.status()).isEqualTo(400);
    assertThat(onCardNode.body().toString()).contains("runOn").contains("has cards");
    Answer unknown = call("POST", "/api/v1/pool/tasks", remoteTask("nowhere", List.of("true")));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body().toString()).contains("runOn");
    Map<String, Object> noNode = remoteTask("rc-cpu", List.of("true"));
    noNode.remove("runOn");
    Answer missing = call("POST", "/api/v1/pool/tasks", noNode);
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body().toString()).contains("runOn");
  }

  /** The product's sum, from the workload's documented inputs, computed in this JVM. */
  private static double checksumComputedHere() {
    float[] a = new float[N * N];
    float[] b = new float[N * N];
    Random ra = new Random(SEED);
    for (int i = 0; i < a.length; i++) a[i] = ra.nextFloat() - 0.5f;
    Random rb = new Random(SEED + 1);
    for (int i = 0; i < b.length; i++) b[i] = rb.nextFloat() - 0.5f;
    double sum = 0;
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        double acc = 0;
        for (int p = 0; p < N; p++) acc += (double) a[i * N + p] * b[p * N + j];
        sum += (float) acc;
      }
    }
    return sum;
  }
}
