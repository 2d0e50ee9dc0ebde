package io.computility.adapter.peer;

import io.computility.adapter.http.JsonHttpClient;
import io.computility.adapter.http.ReplicaPoller;
import io.computility.core.adapter.AdapterException;
import io.computility.core.adapter.CenterAdapter;
import io.computility.core.adapter.CenterDescription;
import io.computility.core.adapter.ReplicaEvent;
import io.computility.core.adapter.ReplicaKey;
import io.computility.core.adapter.ReplicaLaunch;
import io.computility.core.adapter.ReplicaState;
import io.computility.core.adapter.StatusHistory;
import io.computility.core.catalog.Image;
import io.computility.core.center.Center;
import io.computility.core.center.CenterStatus;
import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.job.JobStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * A lower Computility tier as one center of this one (NET-5): its summed resources and images come
 * from {@code GET /api/v1/tier/summary}; each replica becomes a one-replica job of its JC API
 * (JC-A.1 to A.4), named after the replica key so a repeated submit finds it again. Replica events
 * come from polling the jobs still unfinished ({@link ReplicaPoller}).
 */
public final class PeerCenterAdapter implements CenterAdapter {
  static final String SUMMARY = "/api/v1/tier/summary";
  private static final String JOBS = "/openapi/v1/trainjob";

  private final PeerConfig config;
  private final JsonHttpClient http;
  private final Map<ReplicaKey, String> jobIds = new ConcurrentHashMap<>();
  private final ReplicaPoller watch;
  private final StatusHistory history = new StatusHistory();
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
    this.upward = upward;
    this.config = config;
    this.http =
        new JsonHttpClient(
            "tier " + config.centerId(),
            config.url(),
            config.token(),
            config.callTimeout(),
            config.backoff());
    this.watch = new ReplicaPoller("peer", config.centerId(), config.pollInterval(), this::status);
  }

  @Override
  public String centerId() {
    return config.centerId();
  }

  /**
   * Never throws: a tier that does not answer now (after retries) is described with status 2
   * (unknown), one that refuses to be read as a tier with status 0 (unavailable).
   */
  @Override
  public CenterDescription describe() {
    CenterStatus status;
    try {
      JsonNode s = summary();
      lowerName = s.path("name").asString(null);
      status = CenterStatus.ofCode(s.path("status").asInt(CenterStatus.UNKNOWN.code()));
    } catch (AdapterException e) {
      status = e.transientFailure() ? CenterStatus.UNKNOWN : CenterStatus.UNAVAILABLE;
    }
    Center c =
        history.center(config.centerId(), name(), config.region(), status, config.geometry());
    return new CenterDescription(c, config.profile());
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
    if (images().stream().noneMatch(i -> i.imageId().equals(launch.imageId()))) {
      throw new AdapterException(
          "tier " + config.centerId() + " has no image " + launch.imageId(), false);
    }
    JsonNode created =
        http.post(JOBS, TierWire.createJob(launch, upward))
            .orElseThrow(() -> new AdapterException("tier has no JC API at " + JOBS, false));
    String jobId = created.path("jobId").asString();
    jobIds.put(launch.key(), jobId);
    ReplicaState pending =
        new ReplicaState(launch.key(), jobId, JobStatus.PENDING, "sent to tier", null, null);
    watch.watch(pending);
    return pending;
  }

  @Override
  public void stop(ReplicaKey key) {
    Optional<String> jobId = jobId(key);
    if (jobId.isEmpty()) return;
    http.post(JOBS + "/" + jobId.get() + "/stop", null);
    watch.refresh(key);
  }

  @Override
  public Optional<ReplicaState> status(ReplicaKey key) {
    Optional<String> jobId = jobId(key);
    if (jobId.isEmpty()) return Optional.empty();
    return http.get(JOBS + "/" + jobId.get()).map(j -> TierWire.state(key, jobId.get(), j));
  }

  @Override
  public void subscribe(java.util.function.Consumer<ReplicaEvent> listener) {
    watch.subscribe(listener);
  }

  @Override
  public String logs(ReplicaKey key) {
    Optional<String> jobId = jobId(key);
    if (jobId.isEmpty()) return "";
    return http.text(JOBS + "/" + jobId.get() + "/task/0/replica/0/log/content").orElse("");
  }

  @Override
  public void close() {
    watch.close();
  }

  private JsonNode summary() {
    return http.get(SUMMARY)
        .orElseThrow(
            () -> new AdapterException(config.url() + " is not a Computility tier", false));
  }

  private String name() {
    if (config.name() != null) return config.name();
    return lowerName != null ? lowerName : config.centerId();
  }

  /** The lower job of {@code key}: remembered, or found by its deterministic name. */
  private Optional<String> jobId(ReplicaKey key) {
    String known = jobIds.get(key);
    if (known != null) return Optional.of(known);
    String name = TierWire.jobName(key);
    String q = URLEncoder.encode(name, StandardCharsets.UTF_8);
    Optional<JsonNode> page = http.get("/api/v1/jobs?q=" + q + "&size=5");
    if (page.isEmpty()) return Optional.empty();
    for (JsonNode item : page.get().path("items")) {
      if (name.equals(item.path("name").asString())) {
        String id = item.path("jobId").asString();
        jobIds.put(key, id);
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }
}
