package io.computility.adapter.sim;

import static io.computility.core.job.JobStatus.COMPLETED;
import static io.computility.core.job.JobStatus.RUNNING;
import static io.computility.core.job.JobStatus.STOPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.core.adapter.ReplicaLaunch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimJournalTest {
  @TempDir Path dir;
  private final Sim.Events events = new Sim.Events();
  private final ScheduledExecutorService doomed = SimCenterBuilder.newScheduler("doomed", 1);
  private SimCenter restarted;

  @AfterEach
  void close() {
    doomed.shutdownNow();
    if (restarted != null) restarted.close();
  }

  /** A center whose host process is killed: its scheduler dies and close() is never called. */
  private SimCenter doomedCenter(SimCenterConfig cfg) {
    return SimCenter.builder(cfg).scheduler(doomed).timeScale(Sim.SCALE).journal(dir).build();
  }

  private SimCenter restart(SimCenterConfig cfg) {
    doomed.shutdownNow();
    restarted = SimCenter.builder(cfg).timeScale(Sim.SCALE).journal(dir).listener(events).build();
    return restarted;
  }

  @Test
  @DisplayName("JC-6.4 after kill -9 a running replica completes once, at its original end time")
  void runningReplicaResumes() throws IOException {
    var cfg = Sim.config("bj", 1);
    SimCenter before = doomedCenter(cfg);
    ReplicaLaunch run = Sim.launch("run", "sleep 150", 1);
    ReplicaLaunch ended = Sim.launch("ended", "sleep 1000", 1);
    before.submit(ended);
    before.stop(ended.key());
    var started = before.submit(run);
    assertThat(started.status()).isEqualTo(RUNNING);

    SimCenter after = restart(cfg);
    var resumed = after.status(run.key()).orElseThrow();
    assertThat(resumed.status()).isEqualTo(RUNNING);
    assertThat(resumed.externalId()).isEqualTo(started.externalId());
    assertThat(resumed.startedAt())
        .isEqualTo(started.startedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    assertThat(after.snapshot().used()).isEqualTo(Sim.gpus(1));
    assertThat(after.status(ended.key()).orElseThrow().status()).isEqualTo(STOPPED);

    var again = after.submit(run);
    assertThat(again.externalId()).isEqualTo(started.externalId());
    await().atMost(Duration.ofSeconds(5)).until(() -> events.of(run.key()).contains(COMPLETED));
    var done = after.status(run.key()).orElseThrow();
    assertThat(done.finishedAt()).isAfterOrEqualTo(resumed.startedAt().plusMillis(1500));
    assertThat(after.starts(run.key())).isZero();
    assertThat(events.of(run.key())).containsExactly(COMPLETED);
    assertThat(after.logs(run.key())).contains("recovered from the journal", "completed");
    assertThat(Files.readAllLines(after.journalFile().orElseThrow()))
        .filteredOn(l -> l.startsWith("R\trun/"))
        .hasSize(1);
  }

  @Test
  @DisplayName(
      "JC-6.4 a replica queued at the crash starts after restart; re-submit starts nothing")
  void queuedReplicaStartsOnceAfterRestart() {
    var cfg = Sim.config("sh", 1);
    SimCenter before = doomedCenter(cfg);
    before.submit(Sim.launch("blocker", "sleep 1000", 1));
    ReplicaLaunch queued =
        new ReplicaLaunch(
            Sim.key("q"),
            "t\tab",
            "echo 'a\\b'\nsleep 5",
            "img-pt",
            null,
            Sim.gpus(1),
            Map.of("K=1", "v\t2"));
    before.submit(queued);

    SimCenter after = restart(cfg);
    assertThat(after.snapshot().waitingTaskNum()).isEqualTo(1);
    after.stop(Sim.key("blocker"));
    assertThat(after.status(queued.key()).orElseThrow().status()).isEqualTo(RUNNING);
    after.submit(queued);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> after.status(queued.key()).orElseThrow().status() == COMPLETED);
    assertThat(after.starts(queued.key())).isEqualTo(1);
    assertThat(after.logs(queued.key())).contains("command: echo 'a\\b'\nsleep 5", "K=1");
  }

  @Test
  @DisplayName("JC-6.4 a truncated trailing journal line is dropped and the journal stays usable")
  void truncatedLastLine() throws IOException {
    var cfg = Sim.config("gz", 2);
    SimCenter before = doomedCenter(cfg);
    ReplicaLaunch run = Sim.launch("run", "sleep 20", 1);
    before.submit(run);
    Path file = before.journalFile().orElseThrow();
    Files.writeString(file, "S\thalf/0/0/1\t17", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

    SimCenter after = restart(cfg);
    assertThat(after.status(Sim.key("half"))).isEmpty();
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> after.status(run.key()).orElseThrow().status() == COMPLETED);
    after.submit(Sim.launch("next", "sleep 1000", 1));
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).noneMatch(l -> l.contains("half"));
    assertThat(lines).anyMatch(l -> l.startsWith("S\tnext/0/0/1\t"));
    assertThat(lines).anyMatch(l -> l.startsWith("E\trun/0/0/1\tCOMPLETED\t"));
  }

  @Test
  @DisplayName("JC-6.4 the codec round-trips tabs, newlines, backslashes and nulls")
  void codecRoundTrip() {
    List<String> fields = java.util.Arrays.asList("a\tb", "c\nd\r", "e\\f", null, "\\N", "");
    String line = JournalCodec.line(fields);
    assertThat(line).endsWith("\n").doesNotContain("\n\t");
    assertThat(line.substring(0, line.length() - 1)).doesNotContain("\n");
    assertThat(JournalCodec.fields(line.substring(0, line.length() - 1))).isEqualTo(fields);
  }
}
