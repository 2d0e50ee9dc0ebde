package io.computility.adapter.pool;

import io.computility.adapter.http.PolledHttpCenter;
import io.computility.adapter.http.ReplicaPoller;
import io.computility.core.adapter.AdapterException;
import io.computility.core.adapter.ReplicaKey;
import io.computility.core.adapter.ReplicaLaunch;
import io.computility.core.adapter.ReplicaState;
import io.computility.core.catalog.Image;
import io.computility.core.center.CenterStatus;
import io.computility.core.center.MonitoringSnapshot;
import io.computility.pool.wire.PoolApi;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A Computility accelerator pool as one federation center (JC-6.4): capacity from the controller's
 * nodes and cards, each replica a pool task submitted with the replica key as its {@code
 * clientKey}, so a repeated submit (after a lost answer or a restart of this side) gets the task it
 * created before. Events come from polling the tasks not yet ended ({@link ReplicaPoller}).
 */
public final class PoolCenterAdapter extends PolledHttpCenter {
  private static final String POOL = "/api/v1/pool";
  private static final String TASKS = POOL + "/tasks";

  private final PoolConfig config;

  public PoolCenterAdapter(PoolConfig config) {
    super("pool", "pool", config);
    this.config = config;
  }

  /**
   * Available when the controller answers and has a card in service, unavailable when it answers
   * without one or refuses us, unknown when it does not answer.
   */
  @Override
  protected CenterStatus probe() {
    return PoolWire.smallestCardMb(nodes()) > 0 ? CenterStatus.AVAILABLE : CenterStatus.UNAVAILABLE;
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
    requireImage(launch.imageId());
    long cardMb = launch.resources().accelerators() > 0 ? PoolWire.smallestCardMb(nodes()) : 1;
    if (cardMb == 0) {
      throw new AdapterException("pool " + config.centerId() + " has no card in service", true);
    }
    JsonNode task =
        http.post(TASKS, PoolWire.task(launch, config.tenant(), cardMb)).orElseThrow(this::noPool);
    return track(PoolWire.state(launch.key(), PoolWire.task(task)));
  }

  @Override
  protected String replicaPath(String taskId) {
    return TASKS + "/" + taskId;
  }

  @Override
  protected ReplicaState state(ReplicaKey key, String taskId, JsonNode task) {
    return PoolWire.state(key, PoolWire.task(task));
  }

  @Override
  public String logs(ReplicaKey key) {
    Optional<String> id = remoteId(key);
    if (id.isEmpty()) return "";
    StringBuilder out = new StringBuilder();
    http.get(TASKS + "/" + id.get() + "/logs")
        .map(PoolWire::logLines)
        .ifPresent(lines -> lines.forEach(l -> out.append(l.line()).append('\n')));
    return out.toString();
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

  /** The pool task of {@code key}, found by its client key. */
  @Override
  protected Optional<String> find(ReplicaKey key) {
    String wanted = key.asString();
    for (PoolApi.TaskView t : tasks()) {
      if (wanted.equals(t.clientKey())) return Optional.of(t.id());
    }
    return Optional.empty();
  }
}
