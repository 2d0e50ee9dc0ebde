package io.computility.adapter.peer;

import io.computility.adapter.http.PolledHttpCenter;
import io.computility.adapter.http.ReplicaPoller;
import io.computility.core.adapter.AdapterException;
import io.computility.core.adapter.ReplicaKey;
import io.computility.core.adapter.ReplicaLaunch;
import io.computility.core.adapter.ReplicaState;
import io.computility.core.catalog.Image;
import io.computility.core.center.CenterStatus;
import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.job.JobStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A lower Computility tier as one center of this one (NET-5): its summed resources and images come
 * from {@code GET /api/v1/tier/summary}; each replica becomes a one-replica job of its JC API
 * (JC-A.1 to A.4), named after the replica key so a repeated submit finds it again. Replica events
 * come from polling the jobs still unfinished ({@link ReplicaPoller}).
 */
public final class PeerCenterAdapter extends PolledHttpCenter {
  static final String SUMMARY = "/api/v1/tier/summary";
  private static final String JOBS = "/openapi/v1/trainjob";

  private final PeerConfig config;
  private volatile String lowerName;

  private final boolean upward;

  /** A lower tier: jobs sent to it never escalate back up. */
  public PeerCenterAdapter(PeerConfig config) {
    this(config, false);
  }

  /**
   * @param upward true when {@code config} names this tier's parent: escalated jobs may then go on
   *     escalating from there (city → regional → national)
   */
  public PeerCenterAdapter(PeerConfig config, boolean upward) {
    super("tier", "peer", config);
    this.upward = upward;
    this.config = config;
  }

  /**
   * A tier that does not answer now (after retries) is described with status 2 (unknown), one that
   * refuses to be read as a tier with status 0 (unavailable).
   */
  @Override
  protected CenterStatus probe() {
    JsonNode s = summary();
    lowerName = s.path("name").asString(null);
    return CenterStatus.ofCode(s.path("status").asInt(CenterStatus.UNKNOWN.code()));
  }

  @Override
  public MonitoringSnapshot snapshot() {
    return TierWire.snapshot(config.centerId(), name(), summary().path("monitoring"));
  }

  @Override
  public List<Image> images() {
    return TierWire.images(config.centerId(), summary().path("images"));
  }

  @Override
  public ReplicaState submit(ReplicaLaunch launch) {
    Optional<ReplicaState> known = status(launch.key());
    if (known.isPresent()) return known.get();
    requireImage(launch.imageId());
    JsonNode created =
        http.post(JOBS, TierWire.createJob(launch, upward))
            .orElseThrow(() -> new AdapterException("tier has no JC API at " + JOBS, false));
    String jobId = created.path("jobId").asString();
    return track(
        new ReplicaState(launch.key(), jobId, JobStatus.PENDING, "sent to tier", null, null));
  }

  @Override
  protected String replicaPath(String jobId) {
    return JOBS + "/" + jobId;
  }

  @Override
  protected ReplicaState state(ReplicaKey key, String jobId, JsonNode job) {
    return TierWire.state(key, jobId, job);
  }

  @Override
  public String logs(ReplicaKey key) {
    Optional<String> jobId = remoteId(key);
    if (jobId.isEmpty()) return "";
    return http.text(JOBS + "/" + jobId.get() + "/task/0/replica/0/log/content").orElse("");
  }

  private JsonNode summary() {
    return http.get(SUMMARY)
        .orElseThrow(
            () -> new AdapterException(config.url() + " is not a Computility tier", false));
  }

  @Override
  protected String name() {
    if (config.name() != null) return config.name();
    return lowerName != null ? lowerName : config.centerId();
  }

  /** The lower job of {@code key}, found by its deterministic name. */
  @Override
  protected Optional<String> find(ReplicaKey key) {
    String name = TierWire.jobName(key);
    String q = URLEncoder.encode(name, StandardCharsets.UTF_8);
    Optional<JsonNode> page = http.get("/api/v1/jobs?q=" + q + "&size=5");
    if (page.isEmpty()) return Optional.empty();
    for (JsonNode item : page.get().path("items")) {
      if (name.equals(item.path("name").asString()))
        return Optional.of(item.path("jobId").asString());
    }
    return Optional.empty();
  }
}
