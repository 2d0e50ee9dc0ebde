package io.computility.core.adapter;

import io.computility.core.catalog.Image;
import io.computility.core.center.MonitoringSnapshot;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One center as the federation sees it (JC-6.4, figure 4): every call hides the center's native
 * API. Implementations: sim (in-memory), pool (our own pool), slurm, kubernetes, peer (another
 * Computility tier). Calls throw {@link AdapterException} when the center cannot answer.
 */
public interface CenterAdapter extends AutoCloseable {

  /** The id this adapter serves, JC table 1 {@code ai_center_id}. */
  String centerId();

  /** Identity, location and scheduling profile. */
  CenterDescription describe();

  /** Current resources and load, JC table 4. */
  MonitoringSnapshot snapshot();

  /** Images this center can run, JC table 5. */
  List<Image> images();

  /**
   * Starts one replica. Idempotent on {@link ReplicaLaunch#key()}: a key already known returns its
   * existing state and starts nothing.
   */
  ReplicaState submit(ReplicaLaunch launch);

  /** Stops a replica; stopping one that has ended or is unknown does nothing. */
  void stop(ReplicaKey key);

  /** The center's view of a replica, or empty when the center never saw the key. */
  Optional<ReplicaState> status(ReplicaKey key);

  /** Registers a listener for replica state changes; events may arrive on any thread. */
  void subscribe(Consumer<ReplicaEvent> listener);

  /** The replica's log so far. */
  String logs(ReplicaKey key);

  @Override
  default void close() {}
}
