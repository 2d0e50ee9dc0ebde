package io.computility.sim.pool;

import io.computility.core.pool.PodRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds the arrival sequence of the FGD study's pool experiments. The pod list is sorted by name
 * and shuffled with the seed; then, to reach {@code arrivedShare} of the pool's GPU capacity, pods
 * drawn uniformly (with replacement) from the original list are appended until the next one would
 * push the arrived GPU requests past the target; a list already above the target instead loses
 * randomly chosen pods until it is not. Pods never leave once placed, so the sequence is all there
 * is to a run.
 */
public final class WorkloadBuilder {

  private WorkloadBuilder() {}

  public static List<PodRequest> build(
      List<PodRequest> pods, long poolGpuMilli, double arrivedShare, long seed) {
    if (pods.isEmpty() || poolGpuMilli <= 0 || arrivedShare <= 0) {
      throw new IllegalArgumentException("need pods, GPU capacity and a positive share");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<PodRequest> byName = new ArrayList<>(pods);
    byName.sort(Comparator.comparing(PodRequest::name));
    List<PodRequest> out = new ArrayList<>(byName);
    shuffle(out, random);
    double target = arrivedShare * poolGpuMilli;
    long arrived = 0;
    for (PodRequest p : out) {
      arrived += p.totalGpuMilli();
    }
    if (arrived > target) {
      while (arrived > target) {
        arrived -= out.remove(random.nextInt(out.size())).totalGpuMilli();
      }
      return out;
    }
    for (int i = 0; ; i++) {
      PodRequest p = byName.get(random.nextInt(byName.size()));
      if (arrived + p.totalGpuMilli() > target) {
        return out;
      }
      arrived += p.totalGpuMilli();
      out.add(
          new PodRequest(
              p.name() + "-tuned-" + i,
              p.cpuMilli(),
              p.memoryMib(),
              p.gpuCount(),
              p.gpuMilli(),
              p.gpuModels()));
    }
  }

  private static void shuffle(List<PodRequest> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      PodRequest t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
