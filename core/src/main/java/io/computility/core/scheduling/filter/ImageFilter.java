package io.computility.core.scheduling.filter;

import io.computility.core.scheduling.CandidateFilter;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.TaskDemand;

/**
 * Only centers that hold the task's image, by id or name (JC-6.2, table 5). Permanent: images are
 * registered by operators, not by waiting. A task without an image passes everywhere.
 */
public final class ImageFilter implements CandidateFilter {

  private static final ClusterView.Column HOLDS =
      (view, image, c) -> view.hasImage(c, (String) image) ? 1 : 0;

  @Override
  public String id() {
    return "image-available";
  }

  @Override
  public String reject(TaskDemand demand, ClusterView view, int center) {
    String image = demand.task().imageId();
    if (image == null || view.hasImage(center, image)) return null;
    return "center " + view.id(center) + " lacks image " + image;
  }

  @Override
  public boolean transientRejection() {
    return false;
  }

  @Override
  public int retain(TaskDemand demand, ClusterView view, int[] candidates, int count) {
    String image = demand.task().imageId();
    if (image == null) return count;
    double[] holds = view.column(HOLDS, image);
    int kept = 0;
    for (int k = 0; k < count; k++) {
      int c = candidates[k];
      candidates[kept] = c;
      kept += holds[c] != 0 ? 1 : 0; // branch-free: pass/fail is unpredictable
    }
    return kept;
  }
}
