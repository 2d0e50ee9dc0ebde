package io.computility.server.federation.center;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.core.adapter.HpcQueue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** An HPC queue of a center (CMP-hpcqueue), Slurm partition semantics. */
public record QueueDto(
    String name,
    List<String> nodes,
    @JsonProperty("default") boolean defaultQueue,
    @Schema(description = "priority tier, 0..65533") int priority,
    @Schema(description = "longest run time in minutes; null: unlimited")
        @JsonProperty("max_time_minutes")
        Long maxTimeMinutes,
    @Schema(example = "FORCE:2", description = "YES, NO, EXCLUSIVE, FORCE[:n] or UNKNOWN")
        @JsonProperty("over_subscribe")
        String overSubscribe,
    @JsonProperty("allowed_groups") List<String> allowedGroups,
    @Schema(example = "UP", description = "UP, DOWN, DRAIN or INACTIVE") String state,
    @JsonProperty("total_cpus") int totalCpus,
    @JsonProperty("total_nodes") int totalNodes) {

  public static QueueDto of(HpcQueue q) {
    return new QueueDto(
        q.name(),
        q.nodes(),
        q.defaultQueue(),
        q.priority(),
        q.maxTime() == null ? null : q.maxTime().toMinutes(),
        q.overSubscribe(),
        q.allowedGroups(),
        q.state(),
        q.totalCpus(),
        q.totalNodes());
  }
}
