package io.computility.core.data;

import static io.computility.core.scheduling.TestViews.dataset;
import static io.computility.core.scheduling.TestViews.location;
import static io.computility.core.scheduling.TestViews.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.computility.core.catalog.Dataset;
import io.computility.core.catalog.DatasetLocation;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.TestViews;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MigrationSourceSelectorTest {

  // load 0.5, cost 100 s, same region as t, success 0.9, limit 100 Mbps
  private static final DatasetLocation A = location("a", "cn-east/sh/az1", 0.9, 100, 10, 5, 100);
  // load 0.25, cost 50 s, far, success 0.5, limit 400 Mbps
  private static final DatasetLocation B = location("b", "cn-north/bj/az1", 0.5, 400, 4, 1, 50);
  // no concurrency limit (load 0), cost 200 s, same area, success 1.0, limit 200 Mbps
  private static final DatasetLocation C = location("c", "cn-east/hz", 1.0, 200, 0, 3, 200);
  private static final DatasetLocation[] ABC = {A, B, C};

  private static ClusterView view3() {
    TestViews.ViewBuilder b = view();
    b.center("a").region("cn-east/sh");
    b.center("b").region("cn-north/bj");
    b.center("c").region("cn-east/hz");
    b.center("t").region("cn-east/sh").link("cn-north/bj", 30, 200, 2, 0);
    b.center("u").region("cn-east/sh");
    return b.build();
  }

  private static double[] score(SourceEvaluator e) {
    ClusterView v = view3();
    double[] out = new double[3];
    e.score(ABC, 3, v.indexOf("t"), v, out);
    return out;
  }

  @Test
  @DisplayName(
      "JC-6.3.2a least-load evaluator: lower currentDownloads/concurrencyLimit scores higher")
  void leastLoad() {
    assertThat(score(new LeastDownloadLoadEvaluator())).containsExactly(0, 50, 100);
  }

  @Test
  @DisplayName("JC-6.3.2b least-time evaluator: shorter average download scores higher")
  void leastTime() {
    assertThat(score(new LeastTimeEvaluator()))
        .containsExactly(new double[] {100.0 * 100 / 150, 100, 0}, within(1e-9));
  }

  @Test
  @DisplayName("JC-6.3.2c topology-affinity evaluator: logically closer sources score higher")
  void topology() {
    assertThat(score(new TopologyAffinityEvaluator())).containsExactly(100, 0, 50);
  }

  @Test
  @DisplayName("JC-6.3.2d success-rate evaluator: higher past success rate scores higher")
  void successRate() {
    assertThat(score(new SuccessRateEvaluator())).containsExactly(90, 50, 100);
  }

  @Test
  @DisplayName("JC-6.3.2e rate-limit evaluator: higher download rate limit scores higher")
  void rateLimit() {
    assertThat(score(new RateLimitEvaluator()))
        .containsExactly(new double[] {0, 100, 100.0 / 3}, within(1e-9));
  }

  @Test
  @DisplayName(
      "JC-6.3.2 equal weights rank b (300), c (283.3), a (256.7); estimate bounded by link")
  void rankedSources() {
    ClusterView v = view3();
    Dataset d = dataset("imagenet", 1000, A, B, C);
    TransferPlan plan = MigrationSourceSelector.defaults().plan(d, v.indexOf("t"), v);
    assertThat(plan.sources()).containsExactly("b", "c", "a");
    assertThat(plan.targetCenter()).isEqualTo("t");
    assertThat(plan.sizeMb()).isEqualTo(1000);
    // b allows 400 Mbps but t's link to cn-north/bj carries 200: 8000 Mb / 200 Mbps
    assertThat(plan.estimatedSeconds()).isEqualTo(40);
    // u has no declared link: b's own limit applies
    assertThat(MigrationSourceSelector.defaults().plan(d, v.indexOf("u"), v).estimatedSeconds())
        .isEqualTo(20);
  }

  @Test
  @DisplayName("JC-6.3.2 weights change the ranking: topology only puts the nearest copy first")
  void weights() {
    ClusterView v = view3();
    MigrationSourceSelector topologyOnly =
        new MigrationSourceSelector(
            List.of(new TopologyAffinityEvaluator(), new RateLimitEvaluator()),
            Map.of("topology-affinity", 1.0));
    TransferPlan plan = topologyOnly.plan(dataset("d", 10, A, B, C), v.indexOf("t"), v);
    assertThat(plan.sources()).containsExactly("a", "c", "b");
  }

  @Test
  @DisplayName(
      "JC-6.3.2 filters drop unreadable, saturated and target copies; none when target holds")
  void filters() {
    ClusterView v = view3();
    DatasetLocation unreadable =
        new DatasetLocation("s3://a", "w", "a", 1, 1000, 0, 0, "cn-east/sh", 1);
    DatasetLocation saturated = location("b", "cn-north/bj", 1, 1000, 2, 2, 1);
    TransferPlan plan =
        MigrationSourceSelector.defaults()
            .plan(dataset("d", 10, unreadable, saturated, C), v.indexOf("t"), v);
    assertThat(plan.sources()).containsExactly("c");
    DatasetLocation atTarget = location("t", "cn-east/sh", 1, 100, 0, 0, 1);
    assertThat(
            MigrationSourceSelector.defaults()
                .plan(dataset("d", 10, A, atTarget), v.indexOf("t"), v))
        .isNull();
    TransferPlan none =
        MigrationSourceSelector.defaults().plan(dataset("d", 10, saturated), v.indexOf("t"), v);
    assertThat(none.sources()).isEmpty();
    assertThat(none.estimatedSeconds()).isInfinite();
  }
}
