package io.computility.adapter.contract;

import static io.computility.core.job.JobStatus.COMPLETED;
import static io.computility.core.job.JobStatus.FAILED;
import static io.computility.core.job.JobStatus.STOPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.computility.core.adapter.AdapterException;
import io.computility.core.adapter.CenterAdapter;
import io.computility.core.adapter.ReplicaKey;
import io.computility.core.adapter.ReplicaLaunch;
import io.computility.core.adapter.ReplicaState;
import io.computility.core.center.CenterStatus;
import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.job.JobStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The one contract every {@link CenterAdapter} passes against its real backend (JC-6.4: "one
 * adapter per center hiding native APIs; create/stop/info/log; listen to state events").
 *
 * <p>A subclass starts (or reaches) the backend, e.g. in a static {@code @BeforeAll}, and
 * implements {@link #createAdapter()}, {@link #fixture()}, {@link #takeBackendDown()} and {@link
 * #bringBackendUp()}. Each test gets a fresh adapter and unique replica keys (lower-case letters,
 * digits and '-', so they are valid Slurm job names and Kubernetes object names); replicas a test
 * leaves behind are stopped after it.
 */
public abstract class AbstractCenterAdapterContractTest {
  private final List<ReplicaKey> submitted = new ArrayList<>();
  private final EventRecorder events = new EventRecorder();
  private CenterAdapter adapter;

  /** A new adapter for the backend this class runs against. */
  protected abstract CenterAdapter createAdapter() throws Exception;

  /** The image, spec, resources and commands the tests launch. */
  protected abstract ContractFixture fixture();

  /**
   * Makes the center unreachable for the adapter (stop the daemon, kill the server, close the
   * port...), without closing the adapter. Where that is truly impossible, call {@code
   * Assumptions.abort("why")} so the test is reported as skipped with the reason.
   */
  protected abstract void takeBackendDown() throws Exception;

  /** Undoes {@link #takeBackendDown()}; the same adapter instance must then work again. */
  protected abstract void bringBackendUp() throws Exception;

  /** How long a replica may take to reach an expected state (queueing, image pull, polling). */
  protected Duration timeout() {
    return Duration.ofSeconds(60);
  }

  /** The adapter of the running test. */
  protected final CenterAdapter adapter() {
    return adapter;
  }

  @BeforeEach
  final void openAdapter() throws Exception {
    adapter = createAdapter();
    adapter.subscribe(events);
  }

  @AfterEach
  final void closeAdapter() {
    if (adapter == null) return;
    for (ReplicaKey key : submitted) {
      try {
        adapter.stop(key);
      } catch (RuntimeException ignored) {
        // Best effort: a test that took the center down may have lost it already.
      }
    }
    adapter.close();
  }

  @Test
  @DisplayName("JC-6.1.1 JC-6.4 describe names the adapter's center, status 1 (available)")
  void describesItsCenter() {
    var d = adapter.describe();
    assertThat(adapter.centerId()).isNotBlank();
    assertThat(d.center().aiCenterId()).isEqualTo(adapter.centerId());
    assertThat(d.center().name()).isNotBlank();
    assertThat(d.center().region()).isNotBlank();
    assertThat(d.center().status()).isEqualTo(CenterStatus.AVAILABLE);
    assertThat(d.center().status().code()).isEqualTo(1);
    assertThat(d.profile().centerId()).isEqualTo(adapter.centerId());
  }

  @Test
  @DisplayName(
      "JC-6.1.1 JC-6.1.3 the snapshot names the center, has room for a replica and counts it")
  void snapshotReportsResourcesAndLoad() {
    MonitoringSnapshot s = adapter.snapshot();
    assertThat(s.centerId()).isEqualTo(adapter.centerId());
    assertThat(s.total()).isEqualTo(s.used().plus(s.free()));
    assertThat(s.total().covers(fixture().resources().times(2)))
        .as("total %s holds two replicas of %s", s.total(), fixture().resources())
        .isTrue();
    assertThat(s.takenAt()).isBefore(Instant.now().plusSeconds(60));
    assertThat(s.runningTaskNum()).isNotNegative();
    assertThat(s.waitingTaskNum()).isNotNegative();
    int before = s.runningTaskNum() + s.waitingTaskNum();

    ReplicaLaunch l = launch("snap", fixture().longCommand());
    submit(l);
    eventually()
        .untilAsserted(
            () -> {
              MonitoringSnapshot now = adapter.snapshot();
              assertThat(now.runningTaskNum() + now.waitingTaskNum()).isGreaterThan(before);
            });
  }

  @Test
  @DisplayName("JC-6.2 images lists the fixture's image, owned by this center")
  void listsImages() {
    assertThat(adapter.images())
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.aiCenterId()).isEqualTo(adapter.centerId()))
        .anySatisfy(i -> assertThat(i.imageId()).isEqualTo(fixture().imageId()));
  }

  @Test
  @DisplayName("JC-6.4 submit is idempotent on the replica key: a second submit starts nothing")
  void submitIsIdempotent() {
    ReplicaLaunch l = launch("idem", fixture().longCommand());
    ReplicaState first = submit(l);
    assertThat(first.key()).isEqualTo(l.key());
    assertThat(first.externalId()).isNotBlank();
    ReplicaLaunch again =
        new ReplicaLaunch(
            l.key(),
            l.taskName(),
            fixture().failingCommand(),
            l.imageId(),
            l.resourceSpecId(),
            l.resources(),
            Map.of());
    ReplicaState second = submit(again);
    assertThat(second.externalId()).isEqualTo(first.externalId());
    assertThat(second.status()).isNotIn(FAILED, STOPPED);
    assertThat(adapter.status(l.key()))
        .get()
        .extracting(ReplicaState::externalId)
        .isEqualTo(first.externalId());
  }

  @Test
  @DisplayName(
      "JC-6.4 a replica moves pending -> running -> completed; events follow, never backwards")
  void runsToCompletion() {
    ReplicaLaunch l = launch("done", fixture().quickCommand());
    ReplicaState accepted = submit(l);
    assertThat(accepted.status()).isNotIn(FAILED, STOPPED);
    eventually().until(() -> statusOf(l.key()).filter(JobStatus::terminal).isPresent());
    ReplicaState end = adapter.status(l.key()).orElseThrow();
    assertThat(end.status()).as("final state %s", end).isEqualTo(COMPLETED);
    assertThat(end.finishedAt()).isNotNull();
    eventually().until(() -> events.statusesOf(l.key()).contains(COMPLETED));
    assertThat(ReplicaStatuses.orderViolation(events.statusesOf(l.key()))).isEmpty();
    assertThat(events.all())
        .allSatisfy(e -> assertThat(e.centerId()).isEqualTo(adapter.centerId()));
  }

  @Test
  @DisplayName(
      "JC-6.4 stop ends a running replica as STOPPED; stopping again or unknown is a no-op")
  void stopsAReplica() {
    ReplicaLaunch l = launch("stop", fixture().longCommand());
    submit(l);
    adapter.stop(l.key());
    eventually().until(() -> statusOf(l.key()).filter(JobStatus::terminal).isPresent());
    assertThat(adapter.status(l.key()).orElseThrow().status()).isEqualTo(STOPPED);
    assertThatCode(() -> adapter.stop(l.key())).doesNotThrowAnyException();
    assertThatCode(() -> adapter.stop(key("never"))).doesNotThrowAnyException();
    eventually().until(() -> events.statusesOf(l.key()).contains(STOPPED));
    assertThat(ReplicaStatuses.orderViolation(events.statusesOf(l.key()))).isEmpty();
  }

  @Test
  @DisplayName("JC-6.4 a replica whose command exits non-zero ends FAILED with a reason")
  void failingReplicaFails() {
    ReplicaLaunch l = launch("fail", fixture().failingCommand());
    submit(l);
    eventually().until(() -> statusOf(l.key()).filter(JobStatus::terminal).isPresent());
    ReplicaState end = adapter.status(l.key()).orElseThrow();
    assertThat(end.status()).as("final state %s", end).isEqualTo(FAILED);
    assertThat(end.message()).isNotBlank();
    eventually().until(() -> events.statusesOf(l.key()).contains(FAILED));
  }

  @Test
  @DisplayName("JC-6.4 the log of a replica shows its output; an unknown replica has none")
  void logsShowOutput() {
    String marker = "marker-" + shortId();
    ReplicaLaunch l =
        launch("log", fixture().quickCommand().replace(ContractFixture.MARKER, marker));
    submit(l);
    eventually().until(() -> statusOf(l.key()).filter(JobStatus::terminal).isPresent());
    eventually().untilAsserted(() -> assertThat(adapter.logs(l.key())).contains(marker));
    assertThat(adapter.logs(key("never"))).isEmpty();
    assertThat(adapter.status(key("never"))).isEmpty();
  }

  @Test
  @DisplayName("JC-6.4 an image the center does not have is refused, not retried, nothing kept")
  void refusesUnknownImage() {
    ReplicaLaunch good = launch("img", fixture().quickCommand());
    ReplicaLaunch bad =
        new ReplicaLaunch(
            good.key(),
            good.taskName(),
            good.command(),
            "no-such-image-" + shortId(),
            good.resourceSpecId(),
            good.resources(),
            Map.of());
    Throwable t = catchThrowable(() -> adapter.submit(bad));
    assertThat(t)
        .isInstanceOfSatisfying(
            AdapterException.class, e -> assertThat(e.transientFailure()).isFalse())
        .hasMessageContaining(bad.imageId());
    assertThat(adapter.status(bad.key())).isEmpty();
  }

  @Test
  @DisplayName(
      "JC-6.1.1 JC-6.4 the center disappears (status 0, transient errors) and comes back working")
  void centerDisappearsAndComesBack() throws Exception {
    ReplicaLaunch before = launch("outage", fixture().longCommand());
    submit(before);
    takeBackendDown();
    try {
      eventually()
          .untilAsserted(
              () -> {
                assertTransientFailure(catchThrowable(adapter::snapshot));
                Throwable d = catchThrowable(adapter::describe);
                if (d == null) {
                  assertThat(adapter.describe().center().status())
                      .isNotEqualTo(CenterStatus.AVAILABLE);
                } else {
                  assertTransientFailure(d);
                }
              });
      assertTransientFailure(catchThrowable(() -> adapter.submit(launch("down", "true"))));
    } finally {
      bringBackendUp();
    }
    eventually()
        .untilAsserted(
            () -> {
              assertThat(adapter.describe().center().status()).isEqualTo(CenterStatus.AVAILABLE);
              assertThat(adapter.snapshot().centerId()).isEqualTo(adapter.centerId());
            });
    // The replica from before is either lost (reported ended) or still held; it can be stopped.
    adapter.stop(before.key());
    eventually().until(() -> statusOf(before.key()).map(JobStatus::terminal).orElse(true));
    ReplicaLaunch after = launch("after", fixture().quickCommand());
    submit(after);
    eventually().until(() -> statusOf(after.key()).filter(JobStatus::terminal).isPresent());
    assertThat(adapter.status(after.key()).orElseThrow().status()).isEqualTo(COMPLETED);
  }

  /** Awaitility with this backend's timeout, polling gently. */
  protected final ConditionFactory eventually() {
    return await()
        .atMost(timeout())
        .pollInterval(Duration.ofMillis(100))
        .ignoreException(AdapterException.class);
  }

  /** A launch of {@code command} under a fresh key; {@code {marker}} becomes a unique word. */
  protected final ReplicaLaunch launch(String purpose, String command) {
    ContractFixture f = fixture();
    return new ReplicaLaunch(
        key(purpose),
        "contract",
        command.replace(ContractFixture.MARKER, "marker-" + shortId()),
        f.imageId(),
        f.resourceSpecId(),
        f.resources(),
        Map.of("CONTRACT", "1"));
  }

  /** Submits and remembers the key, so that the replica is stopped after the test. */
  protected final ReplicaState submit(ReplicaLaunch l) {
    submitted.add(l.key());
    return adapter.submit(l);
  }

  private Optional<JobStatus> statusOf(ReplicaKey key) {
    return adapter.status(key).map(ReplicaState::status);
  }

  private static ReplicaKey key(String purpose) {
    return new ReplicaKey("ct-" + purpose + "-" + shortId(), 0, 0, 1);
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
  }

  private static void assertTransientFailure(Throwable t) {
    assertThat(t)
        .as("a call to a center that is down")
        .isInstanceOfSatisfying(
            AdapterException.class, e -> assertThat(e.transientFailure()).isTrue());
  }
}
