package io.computility.adapter.peer;

import io.computility.core.adapter.ReplicaKey;
import io.computility.core.adapter.ReplicaLaunch;
import io.computility.core.adapter.ReplicaState;
import io.computility.core.catalog.Image;
import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.job.JobStatus;
import io.computility.core.resource.Resources;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reads and writes the lower tier's wire format (JC API and the tier summary). */
final class TierWire {
  private TierWire() {}

  /**
   * The lower tier's job name for a replica key: deterministic, so a repeated submit finds the job
   * it created before, and within JC's 32 characters.
   */
  static String jobName(ReplicaKey key) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest(key.asString().getBytes(StandardCharsets.UTF_8));
      return "tier-" + HexFormat.of().formatHex(h).substring(0, 27);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * JC-A.1 body for one replica: the other tier does not retry it (this tier's retry policy
   * decides); a job sent down never escalates back up, one sent up may escalate further.
   */
  static Map<String, Object> createJob(ReplicaLaunch l, boolean escalate) {
    Map<String, Object> task = new LinkedHashMap<>();
    task.put("name", clip(l.taskName() == null ? "task" : l.taskName(), 32));
    task.put("command", l.command());
    task.put("imageId", l.imageId());
    task.put("resourceSpecId", l.resourceSpecId());
    task.put("replicaNumber", 1);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", jobName(l.key()));
    body.put("desc", clip("tier replica " + l.key().asString(), 120));
    body.put("tasks", List.of(task));
    body.put("maxRetries", 0);
    body.put("escalate", escalate);
    return body;
  }

  /** The replica's state from a JC-A.3 answer about its one-replica job. */
  static ReplicaState state(ReplicaKey key, String jobId, JsonNode job) {
    JsonNode replica = job.path("taskInfos").path(0).path("replicas").path(0);
    JobStatus status = status(job.path("status").asString("pending"));
    String message = replica.path("message").asString(null);
    if (message == null || message.isBlank()) message = job.path("reason").asString(null);
    return new ReplicaState(
        key,
        jobId,
        status,
        message,
        instant(replica.path("startedAt")),
        instant(
            replica.path("finishedAt").isMissingNode()
                ? job.path("finishedAt")
                : replica.path("finishedAt")));
  }

  static JobStatus status(String wire) {
    return JobStatus.valueOf(wire.toUpperCase(Locale.ROOT));
  }

  /** The summed JC table 4 snapshot in a tier summary, under this tier's center id. */
  static MonitoringSnapshot snapshot(String centerId, String name, JsonNode m) {
    Resources used =
        new Resources(
            m.path("cpu_used").asLong(),
            m.path("gpu_used").asLong(),
            m.path("npu_used").asLong(),
            m.path("mlu_used").asLong(),
            m.path("memory_used").asLong(),
            m.path("storage_used").asLong(),
            m.path("defineres_used").asLong());
    Resources free =
        new Resources(
            m.path("cpu_free").asLong(),
            m.path("gpu_free").asLong(),
            m.path("npu_free").asLong(),
            m.path("mlu_free").asLong(),
            m.path("memory_free").asLong(),
            m.path("storage_free").asLong(),
            m.path("defineres_free").asLong());
    Instant at = instant(m.path("taken_at"));
    return new MonitoringSnapshot(
        centerId,
        name,
        m.path("running_task_num").asInt(),
        m.path("waiting_task_num").asInt(),
        used,
        free,
        m.path("security_grade").asInt(),
        at == null ? Instant.now() : at);
  }

  /** JC table 5 images of a tier summary, re-owned by this tier's center id. */
  static List<Image> images(String centerId, JsonNode list) {
    List<Image> out = new ArrayList<>();
    Instant now = Instant.now();
    for (JsonNode i : list) {
      Map<String, String> os = new LinkedHashMap<>();
      i.path("base_os").properties().forEach(e -> os.put(e.getKey(), e.getValue().asString()));
      List<String> framework = new ArrayList<>();
      i.path("framework").forEach(f -> framework.add(f.asString()));
      List<String> specs = new ArrayList<>();
      i.path("resource_spec").forEach(f -> specs.add(f.asString()));
      Instant created = instant(i.path("created_at"));
      out.add(
          new Image(
              i.path("image_id").asString(),
              i.path("name").asString(i.path("image_id").asString()),
              centerId,
              os,
              framework,
              specs,
              created == null ? now : created,
              created == null ? now : created));
    }
    return out;
  }

  private static Instant instant(JsonNode n) {
    if (n == null || n.isMissingNode() || n.isNull()) return null;
    if (n.isNumber()) {
      long nanos = Math.round(n.asDouble() * 1e9);
      return Instant.ofEpochSecond(0, nanos);
    }
    return Instant.parse(n.asString());
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
