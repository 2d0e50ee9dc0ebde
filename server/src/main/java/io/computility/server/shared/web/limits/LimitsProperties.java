package io.computility.server.shared.web.limits;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Hard limits on what one request may ask of the server, under {@code computility.limits.*}
 * (docs/security.md "Limits"). They bound memory and database work per request, so that one tenant
 * cannot take the platform down.
 *
 * @param maxBodySize largest request body; larger ones answer 413 before they are parsed
 * @param upload streamed uploads that go to disk, not to a parser, with a limit of their own
 * @param job limits of one submitted job
 * @param submit per-tenant rate limit of the submission endpoints
 */
@ConfigurationProperties("computility.limits")
public record LimitsProperties(
    @DefaultValue("1MB") DataSize maxBodySize,
    @DefaultValue Upload upload,
    @DefaultValue Job job,
    @DefaultValue Submit submit) {

  /**
   * @param maxSize largest streamed upload (a task's checkpoint holds its process and GPU memory)
   * @param paths the upload paths, as Ant patterns (application attachments: multipart, bounded by
   *     spring.servlet.multipart and computility.market.attachments.max-size)
   */
  public record Upload(
      @DefaultValue("64GB") DataSize maxSize,
      @DefaultValue({
            "/api/v1/pool/agents/*/checkpoints/*",
            "/api/v1/market/applications/*/attachments"
          })
          List<String> paths) {}

  /**
   * @param maxTasks most tasks in one job
   * @param maxReplicasPerTask largest replicaNumber of one task
   * @param maxReplicas most replicas of one job, all tasks together
   * @param maxCommandChars longest task command
   */
  public record Job(
      @DefaultValue("64") int maxTasks,
      @DefaultValue("256") int maxReplicasPerTask,
      @DefaultValue("512") int maxReplicas,
      @DefaultValue("4096") int maxCommandChars) {}

  /**
   * @param enabled whether submissions are rate limited at all
   * @param capacity submissions a tenant may make in a burst
   * @param refill how many submissions are given back every {@code period}
   * @param period the refill period
   * @param paths the POST paths that count as submissions
   */
  public record Submit(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("200") long capacity,
      @DefaultValue("100") long refill,
      @DefaultValue("1s") Duration period,
      @DefaultValue({
            "/openapi/v1/trainjob",
            "/api/v1/jobs",
            "/openapi/v1/trainjob/batch",
            "/api/v1/pool/tasks"
          })
          List<String> paths) {}
}
