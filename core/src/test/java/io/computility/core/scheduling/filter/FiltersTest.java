package io.computility.core.scheduling.filter;

import static io.computility.core.scheduling.TestViews.ONE_GPU;
import static io.computility.core.scheduling.TestViews.all;
import static io.computility.core.scheduling.TestViews.demand;
import static io.computility.core.scheduling.TestViews.job;
import static io.computility.core.scheduling.TestViews.req;
import static io.computility.core.scheduling.TestViews.view;
import static org.assertj.core.api.Assertions.assertThat;

import io.computility.core.center.CenterStatus;
import io.computility.core.job.Job;
import io.computility.core.scheduling.CandidateFilter;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.TestViews;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each filter passes and rejects the right centers, in batch and one by one, and says why. */
class FiltersTest {

  /** Centers (by id) that pass, via the batch path; checks the per-center path agrees. */
  private static List<String> passing(CandidateFilter f, Job job, ClusterView v) {
    var d = demand(job, v);
    int[] cand = all(v);
    int n = f.retain(d, v, cand, cand.length);
    List<String> batch = new java.util.ArrayList<>();
    for (int k = 0; k < n; k++) batch.add(v.id(cand[k]));
    List<String> single = new java.util.ArrayList<>();
    for (int c = 0; c < v.size(); c++) if (f.reject(d, v, c) == null) single.add(v.id(c));
    assertThat(batch).isEqualTo(single);
    return batch;
  }

  @Test
  @DisplayName("JC-6.1.1 JC-6.5 center-available passes AVAILABLE centers only; transient")
  void centerAvailable() {
    TestViews.ViewBuilder b = view();
    b.center("a").status(CenterStatus.UNAVAILABLE);
    b.center("b");
    b.center("c").status(CenterStatus.UNKNOWN);
    ClusterView v = b.build();
    CenterAvailableFilter f = new CenterAvailableFilter();
    assertThat(passing(f, job(req(), 1), v)).containsExactly("b");
    assertThat(f.reject(demand(job(req(), 1), v), v, 0)).isEqualTo("center a is UNAVAILABLE");
    assertThat(f.transientRejection()).isTrue();
  }

  @Test
  @DisplayName("JC-6.6.1h security-grade passes centers at or above the job's minimum; permanent")
  void securityGrade() {
    TestViews.ViewBuilder b = view();
    b.center("a").security(2);
    b.center("b").security(3);
    b.center("c").security(4);
    TestViews.Req r = req();
    r.minSecurity = 3;
    SecurityGradeFilter f = new SecurityGradeFilter();
    assertThat(passing(f, job(r, 1), b.build())).containsExactly("b", "c");
    assertThat(passing(f, job(req(), 1), b.build())).containsExactly("a", "b", "c");
    assertThat(f.transientRejection()).isFalse();
  }

  @Test
  @DisplayName("JC-5f1 JC-6.6.1a pinned-centers keeps only pinned centers; no pins keeps all")
  void pinned() {
    ClusterView v = view().centers("a", "b", "c").build();
    TestViews.Req r = req();
    r.pinned = List.of("c", "a", "ghost");
    PinnedCentersFilter f = new PinnedCentersFilter();
    assertThat(passing(f, job(r, 1), v)).containsExactly("a", "c");
    assertThat(passing(f, job(req(), 1), v)).containsExactly("a", "b", "c");
    assertThat(f.transientRejection()).isFalse();
  }

  @Test
  @DisplayName("JC-6.1.2 spec-offered keeps centers in the spec's computing_center_list; permanent")
  void specOffered() {
    TestViews.ViewBuilder b = view().centers("a", "b", "c");
    b.spec(TestViews.spec("gpu1", ONE_GPU, 10, "b", "c"));
    SpecOfferedFilter f = new SpecOfferedFilter();
    assertThat(passing(f, job(req(), 1), b.build())).containsExactly("b", "c");
    assertThat(passing(f, job(req(), 1), view().centers("a", "b").build()))
        .containsExactly("a", "b");
    assertThat(f.transientRejection()).isFalse();
  }

  @Test
  @DisplayName(
      "JC-6.6.1b spec-free is transient, spec-capacity permanent (too small even when idle)")
  void specFreeAndCapacity() {
    TestViews.ViewBuilder b = view();
    b.center("a").gpus(0, 8);
    b.center("b").gpus(0, 0);
    b.center("c").gpus(1, 1);
    ClusterView v = b.build();
    assertThat(passing(new SpecFreeFilter(), job(req(), 1), v)).containsExactly("c");
    assertThat(passing(new SpecCapacityFilter(), job(req(), 1), v)).containsExactly("a", "c");
    assertThat(new SpecFreeFilter().transientRejection()).isTrue();
    assertThat(new SpecCapacityFilter().transientRejection()).isFalse();
    v.reserve(2, ONE_GPU);
    assertThat(passing(new SpecFreeFilter(), job(req(), 1), v)).isEmpty();
  }

  @Test
  @DisplayName("JC-6.2 image-available keeps centers holding the task's image by id or name")
  void image() {
    ClusterView v = view().centers("a", "b", "c").image("b", "pytorch").image("c", "tf").build();
    ImageFilter f = new ImageFilter();
    assertThat(passing(f, job(req(), 1, "pytorch"), v)).containsExactly("b");
    assertThat(passing(f, job(req(), 1, "tf@c"), v)).containsExactly("c");
    assertThat(passing(f, job(req(), 1, null), v)).containsExactly("a", "b", "c");
    assertThat(f.transientRejection()).isFalse();
  }

  @Test
  @DisplayName(
      "JC-5f8 qos-bounds keeps centers whose link to the origin meets latency and bandwidth")
  void qosBounds() {
    TestViews.ViewBuilder b = view();
    b.center("a").link("user", 20, 500, 1, 0);
    b.center("b").link("user", 80, 500, 1, 0);
    b.center("c").link("user", 20, 50, 1, 0);
    b.center("d");
    ClusterView v = b.build();
    TestViews.Req r = req();
    r.origin = "user";
    r.maxLatency = 50;
    r.minBandwidth = 100;
    QosBoundsFilter f = new QosBoundsFilter();
    assertThat(passing(f, job(r, 1), v)).containsExactly("a");
    r.minBandwidth = 0;
    assertThat(passing(f, job(r, 1), v)).containsExactly("a", "c");
    assertThat(passing(f, job(req(), 1), v)).containsExactly("a", "b", "c", "d");
    assertThat(f.transientRejection()).isFalse();
  }
}
