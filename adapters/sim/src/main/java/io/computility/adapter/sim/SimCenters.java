package io.computility.adapter.sim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Several simulated centers sharing one scheduler, e.g. the federation of a demo or the simulator.
 * {@link #close()} closes every center and the scheduler.
 */
public final class SimCenters implements AutoCloseable {
  private final ScheduledExecutorService scheduler;
  private final Map<String, SimCenter> centers = new LinkedHashMap<>();

  private SimCenters(ScheduledExecutorService scheduler) {
    this.scheduler = scheduler;
  }

  /** Centers without a journal. */
  public static SimCenters create(List<SimCenterConfig> configs, double timeScale) {
    return create(configs, timeScale, null);
  }

  /**
   * Builds one center per config on a shared scheduler of two threads.
   *
   * @param journalDirectory where each center journals its runs (one file per center); null for
   *     none
   * @throws IllegalArgumentException when two configs share an id
   */
  public static SimCenters create(
      List<SimCenterConfig> configs, double timeScale, Path journalDirectory) {
    for (int i = 0; i < configs.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (configs.get(i).id().equals(configs.get(j).id())) {
          throw new IllegalArgumentException("duplicate center id " + configs.get(i).id());
        }
      }
    }
    SimCenters all = new SimCenters(SimCenterBuilder.newScheduler("sim-centers", 2));
    try {
      for (SimCenterConfig c : configs) {
        SimCenterBuilder b = SimCenter.builder(c).scheduler(all.scheduler).timeScale(timeScale);
        if (journalDirectory != null) b.journal(journalDirectory);
        all.centers.put(c.id(), b.build());
      }
    } catch (RuntimeException e) {
      all.close();
      throw e;
    }
    return all;
  }

  public List<SimCenter> all() {
    return new ArrayList<>(centers.values());
  }

  public Optional<SimCenter> find(String centerId) {
    return Optional.ofNullable(centers.get(centerId));
  }

  public ScheduledExecutorService scheduler() {
    return scheduler;
  }

  @Override
  public void close() {
    centers.values().forEach(SimCenter::close);
    scheduler.shutdownNow();
  }
}
