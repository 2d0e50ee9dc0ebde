package io.computility.server.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Seed §12.23 hot migration with one controller and two compute nodes (real agent processes, same
 * card model): the bundled workload runs on node 1, is paused and checkpointed there with CRIU,
 * restored on node 2 and counts on from where it was paused. Needs a working CRIU as root ({@code
 * .ci/criu-up.sh}); under CI its absence fails the test instead of skipping it.
 */
class PoolMigrationE2eTest extends PoolE2eBase {
  private static final Pattern STEP = Pattern.compile("^usage .* step=(\\d+)$");

  /** Why this machine cannot run the tests, or null. */
  private String noCriu;

  /** Why CRIU, present, cannot checkpoint even a plain process here, or null. */
  private String criuRefuses;

  @BeforeAll
  void agents() throws Exception {
    noCriu = criuMissing();
    if (noCriu != null) return;
    criuRefuses = CriuTrial.run(criu);
    CriuTrial.record(criuRefuses);
    if (criuRefuses != null) return;
    startAgent("mig-a", AgentProcess.cards("nvidia", "A100", 40960, 1, "mig-a-gpu"));
    startAgent("mig-b", AgentProcess.cards("nvidia", "A100", 40960, 1, "mig-b-gpu"));
    // A node whose agent finds no CRIU: it reports no checkpointer and takes no migrated task.
    startAgent(
        "mig-c",
        AgentProcess.cards("nvidia", "A100", 40960, 1, "mig-c-gpu"),
        Map.of("COMPUTILITY_CRIU", "/nonexistent/criu"));
  }

  /** The workload's class path: a copy of the agent jar, made once. */
  private String classpath;

  /**
   * The bundled workload, run from a copy of the agent jar in the temp directory and without the
   * JVM's shared perf-data file. CRIU reopens every file the process holds, by path: the build's
   * class path (dozens of jars in the checkout and the Maven cache) would tie the test to whatever
   * file systems those sit on, and the perf-data file may be deleted as stale by another JVM
   * starting between checkpoint and restore.
   */
  private List<String> workload(int seconds) throws Exception {
    if (classpath == null) {
      Path jar =
          Path.of(
              Class.forName("io.computility.agent.workload.SliceWorkload")
                  .getProtectionDomain()
                  .getCodeSource()
                  .getLocation()
                  .toURI());
      if (Files.isRegularFile(jar)) {
        Path copy = Files.createTempDirectory("migration-workload").resolve("agent.jar");
        Files.copy(jar, copy);
        jar = copy;
      }
      classpath = jar.toString();
    }
    List<String> cmd = new ArrayList<>(AgentProcess.workload(16, seconds));
    cmd.set(cmd.indexOf("-cp") + 1, classpath);
    cmd.add(1, "-XX:-UsePerfData");
    return cmd;
  }

  @Test
  @DisplayName(
      "POOL-T12.23 hot migration: a running task is paused and checkpointed (CRIU) on node 1, restored on node 2 and continues its progress; node 1's slice is freed")
  void migratesRunningTask() throws Exception {
    String id = runWorkload("mig-a", 30);
    JsonNode running = task(id);
    String sourceCard = cards(running).get(0);
    await().atMost(Duration.ofSeconds(60)).until(() -> lastStep(id) >= 5);
    Matcher started =
        Pattern.compile("started pid (\\d+)").matcher(String.join("\n", logLines(id)));
    assertThat(started.find()).isTrue();
    long pid = Long.parseLong(started.group(1));

    // A busy machine can delay an idle agent's heartbeat past agent-lost-after (2 s here): retry
    // while the controller answers that the target is offline, fail on any other answer.
    AtomicReference<JsonNode> answer = new AtomicReference<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              Answer a =
                  call(
                      "POST",
                      "/api/v1/pool/tasks/" + id + "/migrate",
                      Map.of("targetNode", "mig-b"));
              if (a.status() == 409 && a.body().toString().contains("is offline")) return false;
              assertThat(a.status()).as(a.body().toString()).isBetween(200, 299);
              answer.set(a.data());
              return true;
            });
    JsonNode migrating = answer.get();
    assertThat(migrating.path("state").asText()).isEqualTo("MIGRATING");
    assertThat(migrating.path("reason").asText()).contains("from node mig-a to node mig-b");
    long stepBefore = lastStep(id);

    JsonNode moved = awaitMoved(id, "mig-b");
    assertThat(moved.path("parts").properties()).hasSize(1);
    assertThat(moved.path("parts").path("mig-b").asText()).isEqualTo("running");
    assertThat(moved.path("reason").asText()).contains("migrated from node mig-a to node mig-b");
    awaitLog(id, "agent mig-b: restored pid " + pid);
    assertThat(logLines(id)).anyMatch(l -> l.startsWith("agent mig-a: checkpointed (criu "));

    // The source's slice is freed, the target's card holds the task.
    JsonNode source = device(sourceCard);
    assertThat(source.path("usedPercent").asInt()).isZero();
    assertThat(source.path("tasks")).isEmpty();
    JsonNode target = device(cards(moved).get(0));
    assertThat(target.path("node").asText()).isEqualTo("mig-b");
    assertThat(target.path("usedPercent").asInt()).isEqualTo(30);

    // Progress continues from where it was paused: never started again, steps count on.
    await().atMost(Duration.ofSeconds(60)).until(() -> lastStep(id) >= stepBefore + 5);
    List<Long> steps = steps(id);
    assertThat(steps.stream().filter(s -> s == 1L).count()).as("step 1 once").isEqualTo(1);
    assertThat(steps).doesNotHaveDuplicates();
    assertThat(logLines(id).stream().filter(l -> l.startsWith("started memory_mb=")).count())
        .as("the workload started once, never restarted")
        .isEqualTo(1);
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isTrue();

    // The target agent owns it now: stopping the task ends the restored process.
    ok("POST", "/api/v1/pool/tasks/" + id + "/stop", null);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
    assertThat(device(cards(moved).get(0)).path("usedPercent").asInt()).isZero();
  }

  @Test
  @DisplayName(
      "POOL-T12.23 migration refuses what it cannot do: an unknown or the same target node (400 targetNode), a task that is not running (409 state)")
  void refusesBadRequests() throws Exception {
    String id = runWorkload("mig-a", 10);
    assertRefused(id, "nowhere", 400, "targetNode");
    assertRefused(id, "mig-a", 400, "targetNode");
    ok("POST", "/api/v1/pool/tasks/" + id + "/stop", null);
    assertRefused(id, "mig-b", 409, "state");
    assertThat(call("POST", "/api/v1/pool/tasks/pt-none/migrate", Map.of()).status())
        .isEqualTo(404);
  }

  @Test
  @DisplayName(
      "POOL-T12.23 migration only between nodes that can checkpoint: to a node without CRIU is 409 checkpointer, from one is 409 checkpointer; without a target the scheduler picks a capable node")
  void needsCheckpointers() throws Exception {
    String onC = runWorkload("mig-c", 10);
    assertRefused(onC, "mig-a", 409, "checkpointer");

    String id = runWorkload("mig-a", 10);
    await().atMost(Duration.ofSeconds(60)).until(() -> lastStep(id) >= 3);
    assertRefused(id, "mig-c", 409, "checkpointer");
    assertThat(task(id).path("state").asText()).isEqualTo("RUNNING");

    // No target named: mig-b is the only other node with a checkpointer.
    ok("POST", "/api/v1/pool/tasks/" + id + "/migrate", Map.of());
    JsonNode moved = awaitMoved(id, "mig-b");
    long before = lastStep(id);
    await().atMost(Duration.ofSeconds(60)).until(() -> lastStep(id) > before);
    assertThat(steps(id)).doesNotHaveDuplicates();
  }

  /**
   * Waits until the migrating task runs again and checks it runs on the target; when it does not,
   * the failure names why (the task's reason and log, the agents' warnings), since a CRIU failure
   * on another machine is otherwise only "mig-a".
   */
  private JsonNode awaitMoved(String id, String target) throws Exception {
    JsonNode moved = awaitState(id, "RUNNING");
    String node = moved.path("slots").get(0).path("node").asText();
    if (!node.equals(target)) {
      StringBuilder why = new StringBuilder("task ").append(id).append(" runs on ").append(node);
      why.append(" instead of ").append(target).append("; reason: ").append(moved.path("reason"));
      why.append("\ntask log:\n").append(String.join("\n", logLines(id)));
      for (AgentProcess a : agents) {
        why.append("\nagent log ").append(a.log).append(":\n");
        Files.readAllLines(a.log).stream()
            .filter(l -> l.contains("WARN") || l.contains("checkpoint") || l.contains("criu"))
            .forEach(l -> why.append(l).append('\n'));
      }
      fail(why.toString());
    }
    return moved;
  }

  /** Starts the workload on the node and waits until it runs; the task's id. */
  private String runWorkload(String node, int computePercent) throws Exception {
    Map<String, Object> task =
        Map.of(
            "computePercent",
            computePercent,
            "memoryMb",
            64,
            "node",
            node,
            "command",
            workload(90));
    String id = submit(task).path("id").asText();
    awaitState(id, "RUNNING");
    return id;
  }

  /** Asks to migrate the task to the node; checks the refusal's status and the field it names. */
  private void assertRefused(String id, String targetNode, int status, String named)
      throws Exception {
    Answer refused =
        call("POST", "/api/v1/pool/tasks/" + id + "/migrate", Map.of("targetNode", targetNode));
    assertThat(refused.status()).isEqualTo(status);
    assertThat(refused.body().toString()).contains(named);
  }

  private List<Long> steps(String id) throws Exception {
    List<Long> out = new ArrayList<>();
    for (String l : logLines(id)) {
      Matcher m = STEP.matcher(l);
      if (m.matches()) out.add(Long.parseLong(m.group(1)));
    }
    return out;
  }

  private long lastStep(String id) throws Exception {
    return steps(id).stream().mapToLong(Long::longValue).max().orElse(0);
  }

  /** Each test, not the class, is skipped, so the reports (and pool conformance) list it. */
  @BeforeEach
  void requireCriu() {
    // CRIU that this machine's kernel or sandbox refuses is an environment limit, like a missing
    // GPU: skipped with CRIU's own error, also under CI. A missing CRIU is a set-up error there.
    Assumptions.assumeTrue(
        criuRefuses == null, () -> "CRIU cannot checkpoint a plain process here: " + criuRefuses);
    if (noCriu == null) return;
    String ci = System.getenv("CI");
    if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) fail("CI: " + noCriu);
    Assumptions.abort(noCriu);
  }

  /** The CRIU the agents will use, once {@link #criuMissing} found it. */
  private String criu;

  /** Null when a CRIU whose {@code criu check} passes is where the agents look for one. */
  private String criuMissing() throws Exception {
    for (String c : List.of("/opt/criu/sbin/criu", "/usr/local/sbin/criu", "/usr/sbin/criu")) {
      if (!Files.isExecutable(Path.of(c))) continue;
      Process p = new ProcessBuilder(c, "check").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
        criu = c;
        return null;
      }
    }
    return "no working CRIU (criu check as root); run .ci/criu-up.sh as root";
  }
}
