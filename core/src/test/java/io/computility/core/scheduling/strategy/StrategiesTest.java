package io.computility.core.scheduling.strategy;

import static io.computility.core.scheduling.TestViews.all;
import static io.computility.core.scheduling.TestViews.dataset;
import static io.computility.core.scheduling.TestViews.demand;
import static io.computility.core.scheduling.TestViews.job;
import static io.computility.core.scheduling.TestViews.location;
import static io.computility.core.scheduling.TestViews.req;
import static io.computility.core.scheduling.TestViews.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.computility.core.job.Job;
import io.computility.core.resource.CardCatalogue;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.SchedulingStrategy;
import io.computility.core.scheduling.TaskDemand;
import io.computility.core.scheduling.TestViews;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StrategiesTest {

  private static double[] scores(SchedulingStrategy s, Job job, ClusterView v) {
    return scores(s, demand(job, v), v, all(v));
  }

  private static double[] scores(SchedulingStrategy s, TaskDemand d, ClusterView v, int[] cand) {
    double[] out = new double[cand.length];
    s.score(d, v, cand, cand.length, out);
    return out;
  }

  @Test
  @DisplayName(
      "JC-6.6.2a JC-5f3 least-load ranks the idler center first (min-max of running+waiting)")
  void leastLoad() {
    TestViews.ViewBuilder b = view();
    b.center("a").load(5, 5);
    b.center("b").load(0, 2);
    b.center("c").load(3, 3);
    ClusterView v = b.build();
    assertThat(scores(new LeastLoadStrategy(), job(req(), 1), v)).containsExactly(0, 100, 50);
  }

  @Test
  @DisplayName(
      "JC-6.6.2b spec-free ranks the center with the most free instances of the spec first")
  void specFree() {
    TestViews.ViewBuilder b = view();
    b.center("a").gpus(2, 8);
    b.center("b").gpus(8, 8);
    b.center("c").gpus(4, 8);
    double[] s = scores(new SpecFreeStrategy(), job(req(), 1), b.build());
    assertThat(s[0]).isEqualTo(0);
    assertThat(s[1]).isEqualTo(100);
    assertThat(s[2]).isCloseTo(100.0 * 2 / 6, within(1e-9));
  }

  @Test
  @DisplayName("JC-6.6.2b spec-free follows reservations made earlier in the same cycle")
  void specFreeSeesReservations() {
    TestViews.ViewBuilder b = view();
    b.center("a").gpus(3, 8);
    b.center("b").gpus(2, 8);
    ClusterView v = b.build();
    v.reserve(0, TestViews.ONE_GPU);
    v.reserve(0, TestViews.ONE_GPU);
    assertThat(scores(new SpecFreeStrategy(), job(req(), 1), v)).containsExactly(0, 100);
  }

  @Test
  @DisplayName("JC-6.6.2c JC-5f7 data-affinity: holder 100, same region 90, nearer topology higher")
  void dataAffinity() {
    TestViews.ViewBuilder b = view();
    b.center("a").region("cn-east/sh");
    b.center("b").region("cn-east/hz");
    b.center("c").region("cn-north/bj");
    b.center("d").region("cn-east/sh");
    b.dataset(dataset("imagenet", 1000, location("a", "cn-east/sh/az1", 1, 100, 4, 0, 10)));
    TestViews.Req r = req();
    r.dataset = "imagenet";
    assertThat(scores(new DataAffinityStrategy(), job(r, 1), b.build()))
        .containsExactly(100, 45, 0, 90);
  }

  @Test
  @DisplayName(
      "JC-6.6.2c data-affinity pulls a distributed job's replicas towards its placed peers")
  void dataAffinityPeers() {
    TestViews.ViewBuilder b = view();
    b.center("a").region("cn-east/sh");
    b.center("b").region("cn-east/hz");
    b.center("c").region("cn-north/bj");
    ClusterView v = b.build();
    Job job = job(req(), 2);
    TaskDemand d =
        new TaskDemand(job, job.tasks().get(0), 1, v.spec("gpu1"), null, new int[] {0, 0}, 1);
    assertThat(scores(new DataAffinityStrategy(), d, v, all(v))).containsExactly(100, 45, 0);
    assertThat(scores(new DataAffinityStrategy(), job, v)).containsExactly(100, 100, 100);
  }

  @Test
  @DisplayName("JC-6.6.2d JC-5f5 lowest-price uses the center's own price, else the list price")
  void lowestPrice() {
    TestViews.ViewBuilder b = view();
    b.center("a").price("gpu1", 12);
    b.center("b");
    b.center("c").price("gpu1", 8);
    assertThat(scores(new LowestPriceStrategy(), job(req(), 1), b.build()))
        .containsExactly(0, 50, 100);
  }

  @Test
  @DisplayName("JC-6.6.2e JC-6.6.1f formula 1: static power x copy time + exec power x run time")
  void energyFormula() {
    TestViews.ViewBuilder b = view();
    b.center("a").region("cn-east/sh").power(100, 300);
    b.center("b").region("cn-east/hz").power(50, 400).performance(2);
    b.center("b").link("cn-east/sh", 5, 100, 1, 0);
    b.dataset(dataset("imagenet", 1000, location("a", "cn-east/sh/az1", 1, 400, 4, 0, 10)));
    ClusterView v = b.build();
    TestViews.Req r = req();
    r.dataset = "imagenet";
    r.duration = 3600;
    double[] copy = DataCopyTime.seconds(v, v.dataset("imagenet"));
    // a holds the data; b copies 1000 MB at min(400 Mbps limit, 100 Mbps link) = 80 s.
    assertThat(copy).containsExactly(0, 80);
    assertThat(LowestEnergyStrategy.energyJoules(v, 0, 0, 3600)).isEqualTo(300 * 3600);
    assertThat(LowestEnergyStrategy.energyJoules(v, 1, 80, 3600)).isEqualTo(50 * 80 + 400 * 1800);
    assertThat(scores(new LowestEnergyStrategy(), job(r, 1), v)).containsExactly(0, 100);
  }

  @Test
  @DisplayName("JC-6.6.2e JC-5f4 lowest-energy ranks frugal centers first (min-max of joules)")
  void lowestEnergyOrder() {
    TestViews.ViewBuilder b = view();
    b.center("a").power(100, 300);
    b.center("b").power(100, 400).performance(2);
    b.center("c").power(100, 250);
    // 1 080 000 J, 720 000 J, 900 000 J
    assertThat(scores(new LowestEnergyStrategy(), job(req(), 1), b.build()))
        .containsExactly(0, 100, 50);
  }

  @Test
  @DisplayName("JC-6.6.2f NET-6.5 highest-performance weighs the factor by unified standard cards")
  void highestPerformance() {
    TestViews.ViewBuilder b = view();
    b.center("a").card("A100-80G");
    b.center("b").card("H100-80G");
    b.center("c").performance(2);
    double h100 = 989.0 / 312.0;
    double[] s =
        scores(new HighestPerformanceStrategy(CardCatalogue.defaults()), job(req(), 1), b.build());
    assertThat(s[0]).isEqualTo(0);
    assertThat(s[1]).isEqualTo(100);
    assertThat(s[2]).isCloseTo(100 * (2 - 1) / (h100 - 1), within(1e-9));
  }

  @Test
  @DisplayName("JC-6.6.2g highest-security ranks the highest security grade first")
  void highestSecurity() {
    TestViews.ViewBuilder b = view();
    b.center("a").security(1);
    b.center("b").security(5);
    b.center("c").security(3);
    assertThat(scores(new HighestSecurityStrategy(), job(req(), 1), b.build()))
        .containsExactly(0, 100, 50);
  }

  @Test
  @DisplayName("JC-6.6.2h load-fairness prefers the center that leaves the smallest variance")
  void loadFairness() {
    TestViews.ViewBuilder b = view();
    b.center("a").load(4, 0);
    b.center("b").load(0, 9);
    b.center("c").load(2, 0);
    ClusterView v = b.build();
    // running 4,0,2: placing on b gives 4,1,2 (variance 14/9), on c 4,0,3 (26/9), on a 5,0,2 (38/9)
    assertThat(v.varianceIfPlaced(1)).isCloseTo(21.0 / 3 - 49.0 / 9, within(1e-12));
    assertThat(scores(new LoadFairnessStrategy(), job(req(), 1), v))
        .containsExactly(new double[] {0, 100, 50}, within(1e-9));
  }

  @Test
  @DisplayName("JC-5f1 manual scores pinned centers 100 and others 0; no pins: all 100")
  void manual() {
    ClusterView v = view().centers("a", "b", "c").build();
    TestViews.Req r = req();
    r.pinned = java.util.List.of("c");
    assertThat(scores(new ManualStrategy(), job(r, 1), v)).containsExactly(0, 0, 100);
    assertThat(scores(new ManualStrategy(), job(req(), 1), v)).containsExactly(100, 100, 100);
  }

  @Test
  @DisplayName("JC-5f2 fcfs is first fit: the first feasible candidate scores 100, the rest 0")
  void fcfs() {
    ClusterView v = view().centers("a", "b", "c").build();
    Job job = job(req(), 1);
    assertThat(scores(new FcfsStrategy(), demand(job, v), v, new int[] {1, 2}))
        .containsExactly(100, 0);
  }

  @Test
  @DisplayName(
      "JC-5f6 network-aware combines latency, bandwidth, jitter and loss; no link scores 0")
  void networkAware() {
    TestViews.ViewBuilder b = view();
    b.center("a").link("user", 10, 1000, 1, 0);
    b.center("b").link("user", 50, 100, 5, 0.01);
    b.center("c").link("user", 30, 550, 3, 0.005);
    b.center("d");
    ClusterView v = b.build();
    TestViews.Req r = req();
    r.origin = "user";
    double[] s = scores(new NetworkAwareStrategy(), job(r, 1), v);
    assertThat(s[0]).isEqualTo(100);
    assertThat(s[1]).isEqualTo(0);
    assertThat(s[2]).isCloseTo(50, within(1e-9));
    assertThat(s[3]).isEqualTo(0);
    assertThat(scores(new NetworkAwareStrategy(), job(req(), 1), v))
        .containsExactly(100, 100, 100, 100);
  }

  @Test
  @DisplayName("JC-5f8 qos-aware balances QoS headroom against the waiting queue")
  void qosAware() {
    TestViews.ViewBuilder b = view();
    b.center("a").link("user", 10, 1000, 1, 0);
    b.center("b").link("user", 50, 200, 1, 0).load(0, 1);
    b.center("c").link("user", 20, 500, 1, 0).load(0, 9);
    TestViews.Req r = req();
    r.origin = "user";
    r.maxLatency = 100;
    r.minBandwidth = 100;
    // raw: a 0.9/2 + 0.5 = 0.95; b 0.5/2 + 0.25 = 0.5; c 0.8/2 + 0.05 = 0.45
    double[] s = scores(new QosAwareStrategy(), job(r, 1), b.build());
    assertThat(s[0]).isCloseTo(100, within(1e-9));
    assertThat(s[1]).isCloseTo(10, within(1e-9));
    assertThat(s[2]).isCloseTo(0, within(1e-9));
  }

  @Test
  @DisplayName("JC-6.6.2 strategies score only the candidates they are given, in candidate order")
  void candidateSubset() {
    TestViews.ViewBuilder b = view();
    b.center("a").security(1);
    b.center("b").security(5);
    b.center("c").security(3);
    ClusterView v = b.build();
    double[] s =
        scores(new HighestSecurityStrategy(), demand(job(req(), 1), v), v, new int[] {2, 0});
    assertThat(s).containsExactly(100, 0);
  }

  @Test
  @DisplayName("JC-6.3.2 JC-6.6.2c topology closeness counts shared leading segments")
  void topology() {
    assertThat(Topology.closeness("cn-east/sh", "cn-east/sh/az1")).isEqualTo(1);
    assertThat(Topology.closeness("cn-east/hz", "cn-east/sh/az1")).isEqualTo(0.5);
    assertThat(Topology.closeness("cn-east", "cn-eastern")).isEqualTo(0);
    assertThat(Topology.closeness("a/b/c", "a/b/d")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(Topology.closeness(null, "a")).isEqualTo(0);
  }
}
