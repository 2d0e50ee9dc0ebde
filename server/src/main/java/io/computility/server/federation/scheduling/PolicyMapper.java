package io.computility.server.federation.scheduling;

import io.computility.core.scheduling.SchedulingPolicy;
import io.computility.core.scheduling.SchedulingStrategy;
import io.computility.server.shared.web.Check;

/** Scheduling policies and strategies between wire and domain. */
public final class PolicyMapper {

  private PolicyMapper() {}

  public static PolicyDto toDto(SchedulingPolicy p) {
    return new PolicyDto(p.name(), p.description(), p.weights());
  }

  public static StrategyDto toDto(SchedulingStrategy s) {
    return new StrategyDto(s.id(), s.description());
  }

  /**
   * The policy a request describes; {@code name} is the path name on update, else null. Weight
   * errors surface as InvalidPolicyException naming {@code weights} or {@code weights.<id>}.
   */
  public static SchedulingPolicy toDomain(PolicyDto d, String name) {
    Check.present(d, "body");
    String n = name == null ? Check.id(d.name(), "name") : Check.samePathId(d.name(), name, "name");
    // The column is not null: an absent description is an empty one, not a 500.
    String description = d.description() == null ? "" : d.description();
    Check.belowBytes(description, "description", Check.DESC_BYTES);
    return new SchedulingPolicy(n, description, d.weights());
  }
}
