package io.computility.adapter.slurm;

import io.computility.core.adapter.AdapterException;
import io.computility.core.adapter.CenterAdapter;
import io.computility.core.adapter.CenterDescription;
import io.computility.core.adapter.HpcQueue;
import io.computility.core.adapter.LatestReplicaStates;
import io.computility.core.adapter.OfferedImages;
import io.computility.core.adapter.PollingThread;
import io.computility.core.adapter.QueueAware;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Slurm cluster as a computing center (JC-6.4, NET-6.2 HPC encapsulation), through slurmrestd.
 * Each replica is one batch job named after its key, so a restarted federation finds its jobs
 * again. Unfinished replicas are polled and their state changes published as events. Logs are read
 * from the job's output file, which must be visible on this host (shared file system).
 */
public final class SlurmCenter implements CenterAdapter, QueueAware {
  private static final Logger log = LoggerFactory.getLogger(SlurmCenter.class);
  private final SlurmConfig config;
  private final SlurmRestClient client;
  private final Map<ReplicaKey, Long> jobIds = new ConcurrentHashMap<>();
  private final LatestReplicaStates replicas;
  private final ScheduledExecutorService poller;
  private final StatusHistory history = new StatusHistory();

  public SlurmCenter(SlurmConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.replicas = new LatestReplicaStates(config.centerId());
    this.client = new SlurmRestClient(config, TokenSource.of(config));
    this.poller =
        PollingThread.start(
            "slurm-poll-" + config.centerId(), config.pollInterval(), this::pollUnfinished);
  }

  public SlurmConfig config() {
    return config;
  }

  @Override
  public String centerId() {
    return config.centerId();
  }

  /** Pings slurmrestd (with retries); a cluster that does not answer is unavailable. */
  @Override
  public CenterDescription describe() {
    CenterStatus now;
    try {
      client.get("/ping").require("ping");
      now = CenterStatus.AVAILABLE;
    } catch (AdapterException e) {
      log.debug("Slurm center {} unreachable: {}", config.centerId(), e.getMessage());
      now = CenterStatus.UNAVAILABLE;
    }
    Center c =
        history.center(config.centerId(), config.name(), config.region(), now, config.geometry());
    return new CenterDescription(c, config.profile());
  }

  @Override
  public MonitoringSnapshot snapshot() {
    SlurmReply nodes = client.get("/nodes").require("list nodes");
    SlurmReply jobs = client.get("/jobs").require("list jobs");
    return SlurmResourceView.snapshot(config, nodes.body(), jobs.body(), Instant.now());
  }

  @Override
  public List<HpcQueue> queues() {
    SlurmReply p = client.get("/partitions").require("list partitions");
    return SlurmQueues.parse(p.body(), config.overSubscribe());
  }

  @Override
  public List<Image> images() {
    return config.images();
  }

  @Override
  public synchronized ReplicaState submit(ReplicaLaunch launch) {
    ReplicaKey key = Objects.requireNonNull(launch.key(), "launch.key");
    if (!config.images().isEmpty()) {
      OfferedImages.require(config.images(), launch.imageId(), "imageId: center " + centerId());
    }
    Optional<Long> known = jobId(key);
    if (known.isPresent()) {
      return status(key).orElseThrow(() -> new AdapterException("job of " + key + " lost", true));
    }
    SlurmReply r =
        client.post("/job/submit", SlurmJobRequest.body(config, launch)).require("submit " + key);
    long id = r.body().path("job_id").asLong(-1);
    if (id < 0) throw new AdapterException("submit " + key + ": no job_id in answer", false);
    jobIds.put(key, id);
    ReplicaState s =
        new ReplicaState(key, Long.toString(id), JobStatus.PENDING, "slurm PENDING", null, null);
    replicas.record(s);
    return s;
  }

  @Override
  public void stop(ReplicaKey key) {
    Optional<Long> id = jobId(key);
    if (id.isEmpty()) return;
    SlurmReply r = client.delete("/job/" + id.get());
    // Already gone (2017) or already finished (2021): stopping it does nothing.
    if (r.hasError(SlurmReply.INVALID_JOB_ID) || r.hasError(2021)) return;
    r.require("cancel job " + id.get());
    status(key);
  }

  @Override
  public Optional<ReplicaState> status(ReplicaKey key) {
    Optional<Long> id = jobId(key);
    if (id.isEmpty()) return Optional.empty();
    SlurmReply r = client.get("/job/" + id.get());
    if (r.hasError(SlurmReply.INVALID_JOB_ID) || r.body().path("jobs").isEmpty()) {
      // slurmctld forgets finished jobs after MinJobAge; the last state seen stands.
      return replicas.get(key);
    }
    r.require("job " + id.get());
    return Optional.of(replicas.record(SlurmJobs.state(key, r.body().path("jobs").get(0))));
  }

  @Override
  public void subscribe(Consumer<ReplicaEvent> listener) {
    replicas.subscribe(listener);
  }

  /** The job's output file (stdout and stderr), empty while the job has not written any. */
  @Override
  public String logs(ReplicaKey key) {
    if (jobId(key).isEmpty()) return "";
    Path file = config.localOutput().resolve(SlurmJobRequest.jobName(key) + ".out");
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return "";
    } catch (IOException e) {
      throw new AdapterException(
          "cannot read log " + file + " (mount the cluster's outputDirectory here): " + e,
          false,
          e);
    }
  }

  @Override
  public void close() {
    poller.shutdownNow();
  }

  private Optional<Long> jobId(ReplicaKey key) {
    Long id = jobIds.get(key);
    if (id != null) return Optional.of(id);
    Optional<Long> found =
        SlurmJobs.findByName(client.get("/jobs").require("list jobs").body(), key);
    found.ifPresent(f -> jobIds.put(key, f));
    return found;
  }

  private void pollUnfinished() {
    for (ReplicaKey key : List.copyOf(jobIds.keySet())) {
      ReplicaState s = replicas.get(key).orElse(null);
      if (s != null && s.status().terminal()) continue;
      try {
        status(key);
      } catch (RuntimeException e) {
        log.debug("Polling {} on {} failed: {}", key, config.centerId(), e.getMessage());
      }
    }
  }
}
