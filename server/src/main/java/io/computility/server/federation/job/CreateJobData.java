package io.computility.server.federation.job;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** JC-A.1 answer data (tables A.1-4, A.1-5). */
public record CreateJobData(String jobId, List<TaskPlacement> taskInfos) {

  /** Table A.1-5: a task and the centers its replicas run in (empty until placed). */
  public record TaskPlacement(String name, @JsonProperty("centerIDs") List<String> centerIDs) {}
}
