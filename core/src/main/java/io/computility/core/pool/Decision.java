package io.computility.core.pool;

import java.util.Arrays;

/** The allocator's answer for one request: placed on a node and cards, or not schedulable. */
public sealed interface Decision permits Decision.Placed, Decision.Unschedulable {

  boolean placed();

  /** The request runs on node {@code node} (index in the pool) using cards {@code gpus}. */
  record Placed(int node, String nodeName, int[] gpus) implements Decision {
    public Placed {
      gpus = gpus.clone();
    }

    @Override
    public int[] gpus() {
      return gpus.clone();
    }

    @Override
    public boolean placed() {
      return true;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Placed p
          && p.node == node
          && p.nodeName.equals(nodeName)
          && Arrays.equals(p.gpus, gpus);
    }

    @Override
    public int hashCode() {
      return 31 * node + Arrays.hashCode(gpus);
    }

    @Override
    public String toString() {
      return "Placed[" + nodeName + " " + Arrays.toString(gpus) + "]";
    }
  }

  /** No node can take the request now; {@code reason} tallies why nodes were filtered out. */
  record Unschedulable(String reason) implements Decision {
    @Override
    public boolean placed() {
      return false;
    }
  }
}
