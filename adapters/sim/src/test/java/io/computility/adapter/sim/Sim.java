package io.computility.adapter.sim;

import io.computility.core.adapter.ReplicaEvent;
import io.computility.core.adapter.ReplicaKey;
import io.computility.core.adapter.ReplicaLaunch;
import io.computility.core.job.JobStatus;
import io.computility.core.resource.Resources;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Test fixtures: a pytorch image, GPU-sized resources, launches and an event recorder. */
final class Sim {
  static final SimImage IMAGE =
      new SimImage(
          "img-pt",
          "pytorch:2.3-cuda12",
          List.of("pytorch 2.3"),
          Map.of("name", "ubuntu", "version", "22.04"));

  /** Simulated seconds last 10 ms each. */
  static final double SCALE = 0.01;

  private Sim() {}

  static Resources gpus(long n) {
    return new Resources(8 * n, n, 0, 0, 65536 * n, 100 * n, 0);
  }

  static SimCenterConfig config(String id, long gpus) {
    return SimCenterConfig.of(id, "north", gpus(gpus), IMAGE);
  }

  static ReplicaKey key(String job) {
    return new ReplicaKey(job, 0, 0, 1);
  }

  static ReplicaLaunch launch(String job, String command, long gpus) {
    return new ReplicaLaunch(
        key(job), "train", command, "img-pt", "spec-a100", gpus(gpus), Map.of("EPOCHS", "3"));
  }

  /** Records every event a center emits. */
  static final class Events implements Consumer<ReplicaEvent> {
    final List<ReplicaEvent> all = new CopyOnWriteArrayList<>();

    @Override
    public void accept(ReplicaEvent e) {
      all.add(e);
    }

    List<JobStatus> of(ReplicaKey key) {
      return all.stream()
          .filter(e -> e.state().key().equals(key))
          .map(e -> e.state().status())
          .toList();
    }
  }
}
