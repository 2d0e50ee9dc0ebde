package io.computility.core.scheduling.filter;

import io.computility.core.scheduling.CandidateFilter;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.TaskDemand;

/**
 * Only centers whose security grade (JC table 4) reaches the job's {@code minSecurityGrade}
 * (JC-6.6.1 h). Permanent: a center's grade does not change while a job waits.
 */
public final class SecurityGradeFilter implements CandidateFilter {

  @Override
  public String id() {
    return "security-grade";
  }

  @Override
  public String reject(TaskDemand demand, ClusterView view, int center) {
    int min = demand.job().requirements().minSecurityGrade();
    int grade = view.securityGrade(center);
    return grade >= min
        ? null
        : "center " + view.id(center) + " has security grade " + grade + " < " + min;
  }

  @Override
  public boolean transientRejection() {
    return false;
  }

  @Override
  public int retain(TaskDemand demand, ClusterView view, int[] candidates, int count) {
    int min = demand.job().requirements().minSecurityGrade();
    if (min <= 0) return count;
    int kept = 0;
    for (int k = 0; k < count; k++) {
      int c = candidates[k];
      candidates[kept] = c;
      kept += view.securityGrade(c) >= min ? 1 : 0; // branch-free: pass/fail is unpredictable
    }
    return kept;
  }
}
