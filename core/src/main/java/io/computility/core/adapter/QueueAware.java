package io.computility.core.adapter;

import java.util.List;

/** A center that schedules through HPC queues (Slurm partitions) and can list them. */
public interface QueueAware {

  /**
   * The center's queues as it reports them now; throws {@link AdapterException} when unreachable.
   */
  List<HpcQueue> queues();
}
