package io.computility.core.scheduling;

import static io.computility.core.scheduling.TestViews.ONE_GPU;
import static io.computility.core.scheduling.TestViews.dataset;
import static io.computility.core.scheduling.TestViews.job;
import static io.computility.core.scheduling.TestViews.location;
import static io.computility.core.scheduling.TestViews.replicas;
import static io.computility.core.scheduling.TestViews.req;
import static io.computility.core.scheduling.TestViews.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.computility.core.center.CenterStatus;
import io.computility.core.data.MigrationSourceSelector;
import io.computility.core.resource.CardCatalogue;
import io.computility.core.scheduling.config.SchedulingComponents;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PipelineTest {

  private final SchedulingComponents components =
      SchedulingComponents.defaults(CardCatalogue.defaults());

  private SchedulingPipeline pipeline(EvaluationModel model) {
    return new SchedulingPipeline(
        SchedulingComponents.filters(),
        components.registry(),
        model,
        MigrationSourceSelector.defaults(),
        3);
  }

  private static SchedulingPolicy policy(Map<String, Double> w) {
    return new SchedulingPolicy("test", "", w);
  }

  /** least-load: a 100, b 0, c 50; highest-security: a 0, b 100, c 50. */
  private static ClusterView threeCenters() {
    TestViews.ViewBuilder b = view();
    b.center("a").load(0, 0).security(1);
    b.center("b").load(10, 0).security(5);
    b.center("c").load(5, 0).security(3);
    return b.build();
  }

  @Test
  @DisplayName("JC-6.6.3 formula 2: final score is the weighted sum; the highest wins")
  void formula2() {
    Placement p =
        components
            .pipeline()
            .schedule(
                job(req(), 1),
                replicas(1),
                threeCenters(),
                policy(Map.of("least-load", 3.0, "highest-security", 1.0)));
    assertThat(p.kind()).isEqualTo(Placement.Kind.PLACED);
    assertThat(p.assignments().get(0).centerId()).isEqualTo("a");
    assertThat(p.assignments().get(0).finalScore()).isCloseTo(75, within(1e-9));
    ScoreCard card = p.scoreCards().get(0);
    assertThat(card.ranking())
        .extracting(ScoreCard.CenterScores::centerId)
        .containsExactly("a", "c", "b");
    assertThat(card.ranking())
        .extracting(ScoreCard.CenterScores::finalScore)
        .containsExactly(75.0, 50.0, 25.0);
    assertThat(card.ranking().get(1).byStrategy())
        .containsEntry("least-load", 50.0)
        .containsEntry("highest-security", 50.0);

    Placement q =
        components
            .pipeline()
            .schedule(
                job(req(), 1),
                replicas(1),
                threeCenters(),
                policy(Map.of("least-load", 1.0, "highest-security", 3.0)));
    assertThat(q.assignments().get(0).centerId()).isEqualTo("b");
    assertThat(q.assignments().get(0).finalScore()).isCloseTo(75, within(1e-9));
  }

  @Test
  @DisplayName("JC-6.6.3 a custom evaluation model replaces formula 2")
  void customModel() {
    EvaluationModel lastStrategyOnly = (w, s) -> s[s.length - 1];
    Placement p =
        pipeline(lastStrategyOnly)
            .schedule(
                job(req(), 1), replicas(1), threeCenters(), policy(Map.of("least-load", 9.0)));
    assertThat(p.assignments().get(0).centerId()).isEqualTo("a");
    Map<String, Double> w = new java.util.LinkedHashMap<>();
    w.put("least-load", 9.0);
    w.put("highest-security", 1.0);
    Placement q =
        pipeline(lastStrategyOnly).schedule(job(req(), 1), replicas(1), threeCenters(), policy(w));
    assertThat(q.assignments().get(0).centerId()).isEqualTo("b");
    assertThat(q.assignments().get(0).finalScore()).isEqualTo(100);
  }

  @Test
  @DisplayName("JC-6.6.1a all-or-nothing queues the job and rolls back its reservations")
  void allOrNothing() {
    TestViews.ViewBuilder b = view();
    b.center("a").gpus(1, 8);
    b.center("b").gpus(1, 8);
    ClusterView v = b.build();
    TestViews.Req r = req();
    r.allOrNothing = true;
    Placement p =
        components.pipeline().schedule(job(r, 3), replicas(3), v, components.defaultPolicy());
    assertThat(p.kind()).isEqualTo(Placement.Kind.QUEUED);
    assertThat(p.reason()).startsWith("task 0 replica 2: ").contains("no free instance");
    assertThat(v.free(0)).isEqualTo(ONE_GPU);
    assertThat(v.free(1)).isEqualTo(ONE_GPU);
    assertThat(v.running(0) + v.running(1)).isZero();
    assertThat(v.freeCopies(v.spec("gpu1"))).containsExactly(1, 1);

    Placement partial =
        components.pipeline().schedule(job(req(), 3), replicas(3), v, components.defaultPolicy());
    assertThat(partial.kind()).isEqualTo(Placement.Kind.PLACED);
    assertThat(partial.assignments())
        .extracting(Assignment::centerId)
        .containsExactlyInAnyOrder("a", "b");
    assertThat(partial.unplaced()).hasSize(1).first().asString().startsWith("task 0 replica 2");
  }

  @Test
  @DisplayName("JC-6.6.1a all-or-nothing places every replica when all fit")
  void allOrNothingFits() {
    TestViews.ViewBuilder b = view();
    b.center("a").gpus(2, 8);
    b.center("b").gpus(1, 8);
    TestViews.Req r = req();
    r.allOrNothing = true;
    Placement p =
        components
            .pipeline()
            .schedule(job(r, 3), replicas(3), b.build(), components.defaultPolicy());
    assertThat(p.kind()).isEqualTo(Placement.Kind.PLACED);
    assertThat(p.assignments()).hasSize(3);
  }

  @Test
  @DisplayName("JC-6.5 transient rejections queue the job, permanent ones reject it")
  void queueVersusReject() {
    TestViews.ViewBuilder busy = view();
    busy.center("a").gpus(0, 8);
    busy.center("b").status(CenterStatus.UNAVAILABLE);
    assertThat(schedule(busy.build(), req()).kind()).isEqualTo(Placement.Kind.QUEUED);

    TestViews.ViewBuilder small = view();
    small.center("a").gpus(0, 0);
    Placement tooSmall = schedule(small.build(), req());
    assertThat(tooSmall.kind()).isEqualTo(Placement.Kind.REJECTED);
    assertThat(tooSmall.reason()).contains("too small");

    TestViews.ViewBuilder mixed = view();
    mixed.center("a").status(CenterStatus.UNAVAILABLE);
    mixed.center("b").security(1);
    TestViews.Req secure = req();
    secure.minSecurity = 2;
    assertThat(schedule(mixed.build(), secure).kind()).isEqualTo(Placement.Kind.QUEUED);
    mixed.center("a").security(1);
    assertThat(schedule(mixed.build(), secure).kind()).isEqualTo(Placement.Kind.REJECTED);

    TestViews.Req pinned = req();
    pinned.pinned = List.of("ghost");
    assertThat(schedule(view().centers("a").build(), pinned).kind())
        .isEqualTo(Placement.Kind.REJECTED);
    assertThat(
            components
                .pipeline()
                .schedule(
                    job(req(), 1, "missing"),
                    replicas(1),
                    view().centers("a").build(),
                    components.defaultPolicy())
                .reason())
        .isEqualTo("task 0 replica 0: center a lacks image missing");
  }

  @Test
  @DisplayName("JC-6.5 JC-6.1.3 a center that has not reported resources yet makes the job wait")
  void unmonitoredCenterQueues() {
    TestViews.ViewBuilder b = view();
    b.center("a").unmonitored();
    Placement p = schedule(b.build(), req());
    assertThat(p.kind()).isEqualTo(Placement.Kind.QUEUED);
    assertThat(p.reason())
        .isEqualTo("task 0 replica 0: center a has no free instance of spec gpu1");
    b.center("b").gpus(0, 0);
    assertThat(schedule(b.build(), req()).kind()).isEqualTo(Placement.Kind.QUEUED);
  }

  @Test
  @DisplayName(
      "JC-6.1.2 JC-5f8 a spec no center offers, or QoS bounds no link meets, reject the job")
  void permanentSpecAndQos() {
    TestViews.ViewBuilder b = view().centers("a", "b");
    b.center("a").link("user", 90, 1000, 1, 0);
    b.spec(TestViews.spec("gpu1", ONE_GPU, 10, "elsewhere"));
    Placement offered = schedule(b.build(), req());
    assertThat(offered.kind()).isEqualTo(Placement.Kind.REJECTED);
    assertThat(offered.reason()).isEqualTo("task 0 replica 0: center b does not offer spec gpu1");

    b.spec(TestViews.spec("gpu1", ONE_GPU, 10));
    TestViews.Req r = req();
    r.origin = "user";
    r.maxLatency = 50;
    assertThat(schedule(b.build(), r).kind()).isEqualTo(Placement.Kind.REJECTED);
    r.maxLatency = 100;
    Placement ok = schedule(b.build(), r);
    assertThat(ok.kind()).isEqualTo(Placement.Kind.PLACED);
    assertThat(ok.assignments().get(0).centerId()).isEqualTo("a");
  }

  private Placement schedule(ClusterView v, TestViews.Req r) {
    return components.pipeline().schedule(job(r, 1), replicas(1), v, components.defaultPolicy());
  }

  @Test
  @DisplayName("JC-6.4 failover prefers centers other than where the replica failed, softly")
  void failoverAvoidsFailedCenter() {
    TestViews.ViewBuilder b = view();
    b.center("a").load(0, 0);
    b.center("b").load(9, 0);
    ReplicaRequest avoidA = new ReplicaRequest(0, 0, Set.of("a"));
    SchedulingPolicy leastLoad = policy(Map.of("least-load", 1.0));
    Placement p =
        components.pipeline().schedule(job(req(), 1), List.of(avoidA), b.build(), leastLoad);
    assertThat(p.assignments().get(0).centerId()).isEqualTo("b");

    b.center("b").status(CenterStatus.UNAVAILABLE);
    Placement fallback =
        components.pipeline().schedule(job(req(), 1), List.of(avoidA), b.build(), leastLoad);
    assertThat(fallback.assignments().get(0).centerId()).isEqualTo("a");
  }

  @Test
  @DisplayName(
      "JC-6.3.2 a center lacking the dataset gets a transfer plan; an unknown dataset is rejected")
  void transferPlan() {
    TestViews.ViewBuilder b = view();
    b.center("a").load(9, 0);
    b.center("b").load(0, 0);
    b.dataset(dataset("imagenet", 800, location("a", "cn-east/sh/az1", 1, 100, 4, 0, 10)));
    TestViews.Req r = req();
    r.dataset = "imagenet";
    Placement p =
        components
            .pipeline()
            .schedule(job(r, 1), replicas(1), b.build(), policy(Map.of("least-load", 1.0)));
    Assignment a = p.assignments().get(0);
    assertThat(a.centerId()).isEqualTo("b");
    assertThat(a.transfer().sources()).containsExactly("a");
    assertThat(a.transfer().estimatedSeconds()).isEqualTo(64);

    r.dataset = "nope";
    assertThat(schedule(b.build(), r).kind()).isEqualTo(Placement.Kind.REJECTED);
  }

  @Test
  @DisplayName("JC-6.6.2c a distributed job's second replica follows the first (data-affinity)")
  void distributedAffinity() {
    TestViews.ViewBuilder b = view();
    b.center("a").region("cn-east/sh").gpus(1, 8);
    b.center("b").region("cn-north/bj").gpus(2, 8);
    b.center("c").region("cn-east/sh").gpus(2, 8);
    SchedulingPolicy affinity = policy(Map.of("data-affinity", 1.0));
    Placement p = components.pipeline().schedule(job(req(), 2), replicas(2), b.build(), affinity);
    // replica 0: no data, no peers, all tie at 100 and a wins; replica 1: a is full, and c shares
    // a's region (90) while b does not (0), although b comes first in registration order.
    assertThat(p.assignments()).extracting(Assignment::centerId).containsExactly("a", "c");
    assertThat(p.assignments().get(1).finalScore()).isEqualTo(90);
  }
}
