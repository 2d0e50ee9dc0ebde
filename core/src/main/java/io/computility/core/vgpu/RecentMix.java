package io.computility.core.vgpu;

import io.computility.core.pool.Fragmentation;
import io.computility.core.pool.PodRequest;
import io.computility.core.pool.TargetWorkload;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pool's recent request mix as the FGD study's target workload: the last {@link #WINDOW}
 * distinct tasks asked for, each as the pod the study would see (compute % x 10 = GPU milli per
 * card, a physical request as whole cards; no CPU, no model). The {@link Fragmentation} built from
 * it is refreshed after {@link #REBUILD_AFTER} new tasks, or at every new task while the window is
 * small, so a busy pool does not rebuild it per placement.
 */
final class RecentMix {
  static final int WINDOW = 1024;
  static final int REBUILD_AFTER = 64;
  private final Map<String, PodRequest> window =
      new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PodRequest> eldest) {
          return size() > WINDOW;
        }
      };
  private int unseen;
  private TargetWorkload workload;
  private Fragmentation fragmentation;

  /** Notes a task's request once, however often it is decided (queue retries). */
  void record(SliceRequest r) {
    if (window.containsKey(r.taskId())) return;
    window.put(r.taskId(), asPod(r));
    unseen++;
  }

  /** The study's pod for a request: GPU milli per card, card count, no CPU or model. */
  static PodRequest asPod(SliceRequest r) {
    int milli = r.physical() ? 1000 : r.computePercent() * 10;
    return new PodRequest(r.taskId(), 0, r.physical() ? 0 : r.memoryMb(), r.count(), milli, null);
  }

  /** The target workload of the window (95 % coverage, as the study); null while empty. */
  TargetWorkload workload() {
    refresh();
    return workload;
  }

  /** The study's fragmentation measure against the window; null while empty. */
  Fragmentation fragmentation() {
    refresh();
    return fragmentation;
  }

  private void refresh() {
    if (window.isEmpty() || unseen == 0) return;
    if (fragmentation != null && unseen < REBUILD_AFTER && window.size() >= 4 * REBUILD_AFTER) {
      return;
    }
    workload = TargetWorkload.of(List.copyOf(window.values()));
    fragmentation = new Fragmentation(workload);
    unseen = 0;
  }
}
