package io.computility.server.federation.job;

import static io.computility.server.shared.web.Check.ID_BYTES;

import io.computility.core.job.JobRequirements;
import io.computility.core.job.JobStatePolicy;
import io.computility.server.federation.job.CreateJobRequest.StatePolicyRequest;
import io.computility.server.shared.web.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Computility extensions of a JC-A.1 body, checked, as {@link JobRequirements}. */
final class RequirementsMapper {

  private RequirementsMapper() {}

  static JobRequirements toRequirements(CreateJobRequest r) {
    JobRequirements d = JobRequirements.defaults();
    return new JobRequirements(
        Check.belowBytes(r.policy(), "policy", ID_BYTES),
        r.allOrNothing() != null ? r.allOrNothing() : d.allOrNothing(),
        pinned(r.pinnedCenters()),
        (int) atLeast(r.minSecurityGrade(), d.minSecurityGrade(), 0, "minSecurityGrade"),
        Check.belowBytes(r.dataset(), "dataset", 2 * ID_BYTES),
        Check.belowBytes(r.originRegion(), "originRegion", ID_BYTES),
        atLeast(r.maxLatencyMs(), d.maxLatencyMs(), 0, "maxLatencyMs"),
        atLeast(r.minBandwidthMbps(), d.minBandwidthMbps(), 0, "minBandwidthMbps"),
        (long)
            atLeast(
                r.expectedDurationSeconds(),
                d.expectedDurationSeconds(),
                1,
                "expectedDurationSeconds"),
        statePolicy(r.statePolicy()),
        (int) atLeast(r.maxRetries(), d.maxRetries(), 0, "maxRetries"),
        r.priority() != null ? r.priority() : d.priority(),
        Boolean.TRUE.equals(r.escalate()));
  }

  private static double atLeast(Number value, double dflt, double min, String field) {
    return value == null ? dflt : Check.atLeast(value.doubleValue(), min, field);
  }

  private static List<String> pinned(List<String> centers) {
    if (centers == null) return List.of();
    List<String> out = new ArrayList<>(centers.size());
    for (int i = 0; i < centers.size(); i++) {
      out.add(Check.id(centers.get(i), "pinnedCenters[" + i + "]"));
    }
    return out;
  }

  private static JobStatePolicy statePolicy(StatePolicyRequest p) {
    if (p == null) return JobStatePolicy.DEFAULT;
    return new JobStatePolicy(
        rule(p.success(), JobStatePolicy.DEFAULT.success(), "statePolicy.success"),
        rule(p.failure(), JobStatePolicy.DEFAULT.failure(), "statePolicy.failure"));
  }

  private static JobStatePolicy.Rule rule(String value, JobStatePolicy.Rule dflt, String field) {
    if (value == null) return dflt;
    try {
      return JobStatePolicy.Rule.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Check.bad(field, "must be ALL or ANY, was " + value);
    }
  }
}
