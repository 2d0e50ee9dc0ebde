package io.computility.adapter.pool;

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
import io.computility.pool.wire.PoolApi;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * A Computility accelerator pool as one federation center (JC-6.4): capacity from the controller's
 * nodes and cards, each replica a pool task submitted with the replica key as its {@code
 * clientKey}, so a repeated submit (after a lost answer or a restart of this side) gets the task it
 * created before. Events come from polling the tasks not yet ended ({@link ReplicaPoller}).
 */
public final class PoolCenterAdapter implements CenterAdapter {
  private static final String POOL = "/api/v1/pool";
  private static final String TASKS = POOL + "/tasks";

  private final PoolConfig config;
  private final JsonHttpClient http;
  private final Map<ReplicaKey, String> taskIds = new ConcurrentHashMap<>();
  private final ReplicaPoller watch;
  private final StatusHistory history = new StatusHistory();

  public PoolCenterAdapter(PoolConfig config) {
    this.config = config;
    this.http =
        new JsonHttpClient(
            "pool " + config.centerId(),
            config.url(),
            config.token(),
            config.callTimeout(),
            config.backoff());
    this.watch = new ReplicaPoller("pool", config.centerId(), config.pollInterval(), this::status);
  }

  @Override
  public String centerId() {
    return config.centerId();
  }

  /**
   * Never throws: available when the controller answers and has a card in service, unavailable when
   * it answers without one or refuses us, unknown when it does not answer.
   */
  @Override
  public CenterDescription describe() {
    CenterStatus status;
    try {
      status =
          PoolWire.smallestCardMb(nodes()) > 0 ? CenterStatus.AVAILABLE : CenterStatus.UNAVAILABLE;
    } catch (AdapterException e) {
      status = e.transientFailure() ? CenterStatus.UNKNOWN : CenterStatus.UNAVAILABLE;
    }
    Center c =
        history.center(config.centerId(), name(), config.region(), status, config.geometry());
    return new CenterDescription(c, config.profile());
  }

  @Override
  public MonitoringSnapshot snapshot() {
    List<PoolApi.NodeView> nodes = nodes();
    int running = 0;
    int waiting = 0;
    for (PoolApi.TaskView t : tasks()) {
      switch (t.state() != null ? t.state() : "") {
        case "RUNNING" -> running++;
        case "QUEUED", "SCHEDULED" -> waiting++;
        default -> {}
      }
    }
    return PoolWire.snapshot(
        config.centerId(), name(), nodes, running, waiting, config.profile().securityGrade());
  }

  @Override
  public List<Image> images() {
    return config.images();
  }

  @Override
  public ReplicaState submit(ReplicaLaunch launch) {
    if (images().stream().noneMatch(i -> i.imageId().equals(launch.imageId()))) {
      throw new AdapterException(
          "pool " + config.centerId() + " has no image " + launch.imageId(), false);
    }
    long cardMb = launch.resources().accelerators() > 0 ? PoolWire.smallestCardMb(nodes()) : 1;
    if (cardMb == 0) {
      throw new AdapterException("pool " + config.centerId() + " has no card in service", true);
    }
    JsonNode task =
        http.post(TASKS, PoolWire.task(launch, config.tenant(), cardMb)).orElseThrow(this::noPool);
    ReplicaState state = PoolWire.state(launch.key(), PoolWire.task(task));
    taskIds.put(launch.key(), state.externalId());
    if (!state.status().terminal()) watch.watch(state);
    return state;
  }

  @Override
  public void stop(ReplicaKey key) {
    Optional<String> id = taskId(key);
    if (id.isEmpty()) return;
    http.post(TASKS + "/" + id.get() + "/stop", null);
    watch.refresh(key);
  }

  @Override
  public Optional<ReplicaState> status(ReplicaKey key) {
    Optional<String> id = taskId(key);
    if (id.isEmpty()) return Optional.empty();
    return http.get(TASKS + "/" + id.get()).map(t -> PoolWire.state(key, PoolWire.task(t)));
  }

  @Override
  public void subscribe(Consumer<ReplicaEvent> listener) {
    watch.subscribe(listener);
  }

  @Override
  public String logs(ReplicaKey key) {
    Optional<String> id = taskId(key);
    if (id.isEmpty()) return "";
    StringBuilder out = new StringBuilder();
    http.get(TASKS + "/" + id.get() + "/logs")
        .map(PoolWire::logLines)
        .ifPresent(lines -> lines.forEach(l -> out.append(l.line()).append('\n')));
    return out.toString();
  }

  @Override
  public void close() {
    watch.close();
  }

  private List<PoolApi.NodeView> nodes() {
    return PoolWire.nodes(http.get(POOL + "/nodes").orElseThrow(this::noPool));
  }

  private List<PoolApi.TaskView> tasks() {
    return PoolWire.tasks(http.get(TASKS).orElseThrow(this::noPool));
  }

  private AdapterException noPool() {
    return new AdapterException(config.url() + " has no pool API at " + POOL, false);
  }

  private String name() {
    return config.name() != null ? config.name() : config.centerId();
  }

  /** The pool task of {@code key}: remembered, or found by its client key. */
  private Optional<String> taskId(ReplicaKey key) {
    String known = taskIds.get(key);
    if (known != null) return Optional.of(known);
    String wanted = key.asString();
    for (PoolApi.TaskView t : tasks()) {
      if (wanted.equals(t.clientKey())) {
        String id = t.id();
        taskIds.put(key, id);
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }
}
