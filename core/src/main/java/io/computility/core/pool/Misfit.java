package io.computility.core.pool;

/** Why a node was filtered out for a request; the allocator tallies these into its reason. */
public enum Misfit {
  CPU,
  MEMORY,
  GPU_MODEL,
  GPU
}
