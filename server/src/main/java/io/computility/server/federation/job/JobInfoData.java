package io.computility.server.federation.job;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * JC-A.3 answer data (tables A.3-3, A.3-4). {@code jobId}, {@code name}, {@code status} and {@code
 * taskInfos} are the standard's; the rest are Computility extensions.
 */
public record JobInfoData(
    String jobId,
    String name,
    @Schema(allowableValues = {"pending", "running", "completed", "failed", "stopped"})
        String status,
    List<TaskInfo> taskInfos,
    @Schema(description = "refines pending: queued, transferring, dispatching") String phase,
    @Schema(description = "why the job waits or failed") String reason,
    String desc,
    String userName,
    int attempt,
    Instant submittedAt,
    Instant dispatchedAt,
    Instant finishedAt) {

  /**
   * Table A.3-4. {@code centerIDs} lists the distinct centers running replicas; {@code
   * replicaStatus} has one entry per replica; {@code replicas} (extension) pairs them.
   */
  public record TaskInfo(
      String name,
      String command,
      String imageId,
      String resourceSpecId,
      int replicaNumber,
      @JsonProperty("centerIDs") List<String> centerIDs,
      List<String> replicaStatus,
      String status,
      List<ReplicaInfo> replicas) {}

  /** One replica's current attempt (extension). */
  public record ReplicaInfo(
      int replicaIndex,
      int attempt,
      String centerId,
      String status,
      String message,
      Instant startedAt,
      Instant finishedAt) {}
}
