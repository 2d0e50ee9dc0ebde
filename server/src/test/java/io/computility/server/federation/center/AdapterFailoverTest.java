package io.computility.server.federation.center;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.adapter.peer.PeerCenterAdapter;
import io.computility.adapter.peer.PeerConfig;
import io.computility.core.center.CenterStatus;
import io.computility.core.job.JobRequirements;
import io.computility.core.job.JobStatus;
import io.computility.server.federation.job.JobService;
import io.computility.server.federation.job.JobView;
import io.computility.server.federation.job.NewJob;
import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.PeerConfigBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A remote center (peer adapter on a mock HTTP backend) that starts answering 503: its calls are
 * retried with backoff, its status goes 1 → 2 (unknown) → 0 (unavailable, after center-lost-after),
 * and its replicas fail over according to their jobs' retry policies.
 */
class AdapterFailoverTest extends FederationTestBase {
  private static final List<String> SIMS = List.of("alpha", "beta", "gamma");
  @Autowired JobService jobs;
  private MockTierBackend backend;

  @AfterEach
  void cleanUp() {
    registry.leave("mock");
    if (backend != null) backend.close();
    SIMS.forEach(c -> sim(c).goOnline());
  }

  @Test
  @DisplayName(
      "JC-6.1.1 JC-6.4 mock HTTP backend: lasting 5xx makes a center status 2 then 0, and its"
          + " replicas fail over per retry policy (maxRetries 1 completes elsewhere, 0 fails)")
  void serverErrorsSurfaceAndJobsFailOver() throws Exception {
    backend = new MockTierBackend();
    registry.join(new PeerCenterAdapter(config(backend.url())), "peer");
    SIMS.forEach(c -> sim(c).goOffline());
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> registry.get("mock").orElseThrow().latest() != null);
    // The sims must be seen offline before the jobs arrive, or the first cycle may still pick one.
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                SIMS.stream()
                    .allMatch(
                        c ->
                            registry.get(c).orElseThrow().description().center().status()
                                != CenterStatus.AVAILABLE));

    JobView retried = jobs.submit(job("retried", 1));
    JobView single = jobs.submit(job("single", 0));
    for (JobView v : List.of(retried, single)) {
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> jobs.find(v.job().id()).orElseThrow().status() == JobStatus.RUNNING);
      assertThat(centerOf(v)).isEqualTo("mock");
    }
    SIMS.forEach(c -> sim(c).goOnline());

    int before = backend.calls.get();
    backend.failNext(-1, 503);
    List<CenterStatus> seen = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(20))
        .until(
            () -> {
              CenterStatus s = registry.get("mock").orElseThrow().description().center().status();
              if (seen.isEmpty() || seen.get(seen.size() - 1) != s) seen.add(s);
              return s == CenterStatus.UNAVAILABLE;
            });
    assertThat(seen).containsSubsequence(CenterStatus.UNKNOWN, CenterStatus.UNAVAILABLE);
    assertThat(backend.calls.get() - before).as("calls incl. retries").isGreaterThan(3);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> jobs.find(retried.job().id()).orElseThrow().status() == JobStatus.COMPLETED);
    JobView done = jobs.find(retried.job().id()).orElseThrow();
    assertThat(done.attempt()).isEqualTo(1);
    assertThat(centerOf(done)).isIn(SIMS);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> jobs.find(single.job().id()).orElseThrow().status() == JobStatus.FAILED);
  }

  private static PeerConfig config(String url) {
    return PeerConfigBuilder.peer("mock", url)
        .callTimeout(Duration.ofMillis(500))
        .backoff(3, 20, 50)
        .build();
  }

  private static NewJob job(String name, int maxRetries) {
    JobRequirements r =
        new JobRequirements(null, false, List.of(), 0, null, null, 0, 0, 60, null, maxRetries, 0);
    return new NewJob(
        name,
        "test",
        "tester",
        List.of(new NewJob.NewTask("t", "sleep 20", "pytorch-2.3", "gpu-1x", 1)),
        r);
  }

  private String centerOf(JobView v) {
    return jobs.find(v.job().id()).orElseThrow().tasks().get(0).replicas().get(0).centerId();
  }
}
