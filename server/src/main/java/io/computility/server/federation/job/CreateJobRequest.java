package io.computility.server.federation.job;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * JC-A.1 create-job body (tables A.1-2, A.1-3): {@code name} and {@code tasks}. Every other field
 * is an optional Computility extension carrying the job requirements of JC-6.6.1.
 */
@Schema(description = "JC-A.1 create job; fields after tasks are Computility extensions")
public record CreateJobRequest(
    @Schema(
            description = "job name, at most 32 characters",
            requiredMode = Schema.RequiredMode.REQUIRED)
        String name,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<TaskRequest> tasks,
    @Schema(description = "job description, fewer than 128 bytes (JC table 7)") String desc,
    @Schema(description = "user id, fewer than 64 bytes") String userName,
    @Schema(description = "scheduling policy name; default policy when absent") String policy,
    @Schema(description = "place every replica at once or none") Boolean allOrNothing,
    @Schema(description = "manual scheduling: only these centers") List<String> pinnedCenters,
    @Schema(description = "lowest acceptable center security grade") Integer minSecurityGrade,
    @Schema(description = "dataset read by the job, name or name:version") String dataset,
    @Schema(description = "region the job is submitted from") String originRegion,
    @Schema(description = "QoS: highest latency from originRegion, 0 none") Double maxLatencyMs,
    @Schema(description = "QoS: lowest bandwidth from originRegion, 0 none")
        Double minBandwidthMbps,
    @Schema(description = "nominal run time, default 3600") Long expectedDurationSeconds,
    StatePolicyRequest statePolicy,
    @Schema(description = "retries after failure, default 0") Integer maxRetries,
    @Schema(description = "higher runs first, default 0") Integer priority,
    @Schema(
            description =
                "tiers (NET-5): when this tier cannot place the job, send it to the parent tier;"
                    + " default false")
        Boolean escalate) {

  /** One task, table A.1-3. */
  public record TaskRequest(
      @Schema(description = "task name, at most 32 characters") String name,
      @Schema(description = "start command") String command,
      @Schema(description = "image id, at most 32 characters") String imageId,
      @Schema(description = "resource spec id, at most 32 characters") String resourceSpecId,
      @Schema(description = "replica count, > 0") Integer replicaNumber) {}

  /** Job-state policy (JC-6.4 a–d): when the job succeeds and when it fails. */
  public record StatePolicyRequest(
      @Schema(
              allowableValues = {"ALL", "ANY"},
              description = "default ALL")
          String success,
      @Schema(
              allowableValues = {"ANY", "ALL"},
              description = "default ANY")
          String failure) {}
}
