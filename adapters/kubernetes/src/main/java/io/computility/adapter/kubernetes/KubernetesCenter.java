package io.computility.adapter.kubernetes;

import io.computility.core.adapter.AdapterException;
import io.computility.core.adapter.CenterAdapter;
import io.computility.core.adapter.CenterDescription;
import io.computility.core.adapter.LatestReplicaStates;
import io.computility.core.adapter.OfferedImages;
import io.computility.core.adapter.PollingThread;
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
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kubernetes cluster as a computing center (JC-6.4, NET-6.2 cloud-native encapsulation). Each
 * replica is one batch/v1 Job, or a Volcano vcjob when the cluster serves Volcano's API (found by
 * API discovery), named after the replica key; its pod's phase tells pending from running, the
 * workload object tells how it ended. Logs are the pod's container log.
 */
public final class KubernetesCenter implements CenterAdapter {
  private static final Logger log = LoggerFactory.getLogger(KubernetesCenter.class);
  private final KubernetesClient client;
  private final KubernetesConfig config;
  private final KubeCalls calls;
  private final LatestReplicaStates replicas;
  private final ScheduledExecutorService poller;
  private final StatusHistory history = new StatusHistory();
  private volatile Workload workload;
  private volatile boolean ownsClient;

  /** A center on a client of its own, closed with the center. */
  public static KubernetesCenter connect(KubernetesConnection connection, KubernetesConfig config) {
    KubernetesCenter c = new KubernetesCenter(connection.open(), config);
    c.ownsClient = true;
    return c;
  }

  public KubernetesCenter(KubernetesClient client, KubernetesConfig config) {
    this.client = Objects.requireNonNull(client, "client");
    this.config = Objects.requireNonNull(config, "config");
    this.replicas = new LatestReplicaStates(config.centerId());
    this.calls = new KubeCalls(config.backoff());
    this.poller =
        PollingThread.start(
            "kube-poll-" + config.centerId(), config.pollInterval(), this::pollUnfinished);
  }

  @Override
  public String centerId() {
    return config.centerId();
  }

  /** Reads one node (with retries); a cluster that does not answer is unavailable. */
  @Override
  public CenterDescription describe() {
    CenterStatus now;
    try {
      calls.call(
          "list nodes", () -> client.nodes().list(new ListOptionsBuilder().withLimit(1L).build()));
      now = CenterStatus.AVAILABLE;
    } catch (AdapterException e) {
      log.debug("Kubernetes center {} unreachable: {}", config.centerId(), e.getMessage());
      now = CenterStatus.UNAVAILABLE;
    }
    Center c =
        history.center(config.centerId(), config.name(), config.region(), now, config.geometry());
    return new CenterDescription(c, config.profile());
  }

  @Override
  public MonitoringSnapshot snapshot() {
    var nodes = calls.call("list nodes", () -> client.nodes().list().getItems());
    var pods = calls.call("list pods", () -> client.pods().inAnyNamespace().list().getItems());
    return KubernetesResourceView.snapshot(config, nodes, pods, Instant.now());
  }

  /** Accelerators one by one (GPUs, HAMi GPU memory and cores, NPUs, MLUs). */
  public List<KubernetesResourceView.AcceleratorUse> accelerators() {
    var nodes = calls.call("list nodes", () -> client.nodes().list().getItems());
    var pods = calls.call("list pods", () -> client.pods().inAnyNamespace().list().getItems());
    return KubernetesResourceView.accelerators(nodes, pods);
  }

  /** {@code batch} or {@code volcano}: what replicas are created as. */
  public String workloadKind() {
    return workload().kind();
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
    Optional<ReplicaState> known = status(key);
    if (known.isPresent()) return known.get();
    String name = ReplicaNames.of(key);
    Workload w = workload();
    calls.run(
        "create " + w.kind() + " job " + name,
        () -> w.create(name, launch, PodTemplates.of(config, name, launch)));
    return replicas.record(new ReplicaState(key, name, JobStatus.PENDING, "created", null, null));
  }

  @Override
  public void stop(ReplicaKey key) {
    String name = ReplicaNames.of(key);
    Optional<Workload.View> v = calls.call("read job " + name, () -> workload().read(name));
    if (v.isEmpty() || v.get().ended() != null) return;
    calls.run("stop job " + name, () -> workload().markStopped(name));
    calls.run(
        "delete pods of " + name,
        () ->
            client
                .pods()
                .inNamespace(config.namespace())
                .withLabel(ReplicaNames.LABEL, name)
                .delete());
    status(key);
  }

  @Override
  public Optional<ReplicaState> status(ReplicaKey key) {
    String name = ReplicaNames.of(key);
    Optional<Workload.View> v = calls.call("read job " + name, () -> workload().read(name));
    if (v.isEmpty()) return Optional.empty();
    List<Pod> pods = calls.call("list pods of " + name, () -> pods(name));
    return Optional.of(replicas.record(ReplicaStates.of(key, name, v.get(), pods)));
  }

  @Override
  public void subscribe(Consumer<ReplicaEvent> listener) {
    replicas.subscribe(listener);
  }

  @Override
  public String logs(ReplicaKey key) {
    String name = ReplicaNames.of(key);
    List<Pod> pods = calls.call("list pods of " + name, () -> pods(name));
    if (pods.isEmpty()) return "";
    String pod = pods.get(pods.size() - 1).getMetadata().getName();
    try {
      return calls.call(
          "log of " + pod,
          () -> client.pods().inNamespace(config.namespace()).withName(pod).getLog());
    } catch (AdapterException e) {
      if (e.getCause() instanceof KubernetesClientException k && k.getCode() == 400) return "";
      throw e;
    }
  }

  @Override
  public void close() {
    poller.shutdownNow();
    if (ownsClient) client.close();
  }

  private List<Pod> pods(String name) {
    return client
        .pods()
        .inNamespace(config.namespace())
        .withLabel(ReplicaNames.LABEL, name)
        .list()
        .getItems()
        .stream()
        .sorted(Comparator.comparing(p -> String.valueOf(p.getMetadata().getCreationTimestamp())))
        .toList();
  }

  /** Volcano when configured, or (auto) when API discovery finds its vcjob resource. */
  private Workload workload() {
    Workload w = workload;
    if (w != null) return w;
    boolean volcano =
        switch (config.scheduler()) {
          case "volcano" -> true;
          case "batch" -> false;
          default -> volcanoServed();
        };
    w = volcano ? new VolcanoJobWorkload(client, config) : new BatchJobWorkload(client, config);
    workload = w;
    log.info("Kubernetes center {} runs replicas as {} jobs", config.centerId(), w.kind());
    return w;
  }

  private boolean volcanoServed() {
    APIResourceList r =
        calls.call(
            "discover " + VolcanoJobWorkload.API_VERSION,
            () -> {
              try {
                return client.getApiResources(VolcanoJobWorkload.API_VERSION);
              } catch (KubernetesClientException e) {
                if (e.getCode() == 404) return null;
                throw e;
              }
            });
    return r != null
        && r.getResources() != null
        && r.getResources().stream().anyMatch(x -> "jobs".equals(x.getName()));
  }

  private void pollUnfinished() {
    for (ReplicaState s : replicas.all()) {
      if (s.status().terminal()) continue;
      try {
        status(s.key());
      } catch (RuntimeException e) {
        log.debug("Polling {} on {} failed: {}", s.key(), config.centerId(), e.getMessage());
      }
    }
  }
}
