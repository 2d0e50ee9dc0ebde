package io.computility.adapter.http;

import io.computility.core.adapter.AdapterException;
import io.computility.core.adapter.CenterAdapter;
import io.computility.core.adapter.CenterDescription;
import io.computility.core.adapter.OfferedImages;
import io.computility.core.adapter.ReplicaEvent;
import io.computility.core.adapter.ReplicaKey;
import io.computility.core.adapter.ReplicaState;
import io.computility.core.adapter.StatusHistory;
import io.computility.core.center.Center;
import io.computility.core.center.CenterStatus;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * The steps shared by centers reached over HTTP whose replicas are remote jobs or tasks (a lower
 * tier, a pool controller): each replica's remote id is remembered, or found again by the replica
 * key after a restart; status and stop go to the replica's resource; events come from polling the
 * replicas not yet ended ({@link ReplicaPoller}); describe probes the center and keeps its status
 * history.
 */
public abstract class PolledHttpCenter implements CenterAdapter {
  protected final JsonHttpClient http;
  private final HttpCenterConfig config;
  private final String label;
  private final Map<ReplicaKey, String> remoteIds = new ConcurrentHashMap<>();
  private final ReplicaPoller watch;
  private final StatusHistory history = new StatusHistory();

  /**
   * @param label how calls and messages name the center kind, e.g. {@code "pool"}
   * @param threadPrefix names the polling thread
   */
  protected PolledHttpCenter(String label, String threadPrefix, HttpCenterConfig config) {
    this.config = config;
    this.label = label;
    this.http =
        new JsonHttpClient(
            label + " " + config.centerId(),
            config.url(),
            config.token(),
            config.callTimeout(),
            config.backoff());
    this.watch =
        new ReplicaPoller(threadPrefix, config.centerId(), config.pollInterval(), this::status);
  }

  /** The path of the replica's remote resource, e.g. {@code /api/v1/pool/tasks/<id>}. */
  protected abstract String replicaPath(String remoteId);

  /** The replica's state from its remote resource. */
  protected abstract ReplicaState state(ReplicaKey key, String remoteId, JsonNode resource);

  /** The remote id of {@code key} as the center finds it by the key; empty when unknown. */
  protected abstract Optional<String> find(ReplicaKey key);

  /** The center's status now; a thrown AdapterException answers unknown or unavailable. */
  protected abstract CenterStatus probe();

  @Override
  public final String centerId() {
    return config.centerId();
  }

  /**
   * Never throws: a center that does not answer now (after retries) is unknown, one that refuses us
   * unavailable.
   */
  @Override
  public CenterDescription describe() {
    CenterStatus status;
    try {
      status = probe();
    } catch (AdapterException e) {
      status = e.transientFailure() ? CenterStatus.UNKNOWN : CenterStatus.UNAVAILABLE;
    }
    Center c =
        history.center(config.centerId(), name(), config.region(), status, config.geometry());
    return new CenterDescription(c, config.profile());
  }

  /** The display name: configured, else the center id. */
  protected String name() {
    return config.name() != null ? config.name() : config.centerId();
  }

  /** Fails (not transient) unless the center offers {@code imageId}. */
  protected final void requireImage(String imageId) {
    OfferedImages.require(images(), imageId, label + " " + config.centerId());
  }

  /** Remembers the submitted replica and follows it until it ends. */
  protected final ReplicaState track(ReplicaState s) {
    remoteIds.put(s.key(), s.externalId());
    if (!s.status().terminal()) watch.watch(s);
    return s;
  }

  @Override
  public void stop(ReplicaKey key) {
    Optional<String> id = remoteId(key);
    if (id.isEmpty()) return;
    http.post(replicaPath(id.get()) + "/stop", null);
    watch.refresh(key);
  }

  @Override
  public Optional<ReplicaState> status(ReplicaKey key) {
    Optional<String> id = remoteId(key);
    if (id.isEmpty()) return Optional.empty();
    return http.get(replicaPath(id.get())).map(r -> state(key, id.get(), r));
  }

  @Override
  public void subscribe(Consumer<ReplicaEvent> listener) {
    watch.subscribe(listener);
  }

  @Override
  public void close() {
    watch.close();
  }

  /** The remote id of {@code key}: remembered, or found by the key. */
  protected final Optional<String> remoteId(ReplicaKey key) {
    String known = remoteIds.get(key);
    if (known != null) return Optional.of(known);
    Optional<String> found = find(key);
    found.ifPresent(id -> remoteIds.put(key, id));
    return found;
  }
}
