package io.computility.sim.bench;

import java.util.Arrays;

/**
 * How much the machine itself stretches short computations: times a fixed, allocation-free busy
 * loop about as long as one decision and reports its percentiles. On a shared box the p99 of this
 * loop is the floor under any decision p99, which tells code cost from scheduler and hypervisor
 * interference.
 */
final class MachineNoise {
  private MachineNoise() {}

  private static double sink;

  /** p50 and p99 in microseconds of {@code samples} runs of the busy loop. */
  static double[] probe(int samples) {
    long[] lat = new long[samples];
    for (int i = 0; i < samples; i++) {
      long start = System.nanoTime();
      double x = 1;
      for (int k = 0; k < 4000; k++) x = x * 1.0000001 + 1e-9;
      sink += x;
      lat[i] = System.nanoTime() - start;
    }
    Arrays.sort(lat);
    return new double[] {lat[samples / 2] / 1000.0, lat[(int) (samples * 0.99)] / 1000.0};
  }
}
