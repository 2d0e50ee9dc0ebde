package io.computility.sim.bench;

import io.computility.core.vgpu.PlacementDecision;
import io.computility.core.vgpu.PlacementPolicy;
import io.computility.core.vgpu.SliceRequest;
import io.computility.core.vgpu.VgpuPool;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Random;

/**
 * Placement throughput of the pool's device-level allocator (core vgpu, the code the controller
 * runs): 10,000 nodes x 8 cards of three sizes, mixed fractional slices (1..100 % compute, 1 MB ..
 * 40 GB memory). The pool is first filled to about 85 % of its compute, then each measured step
 * releases the oldest task and places a new one (decide + commit), so the pool stays realistically
 * fragmented. Prints human lines, then one JSON line last. Arguments (optional): nodes, cards per
 * node, measured placements, global placement policy (wire name; default: the pool's default).
 * Option {@code --multi-card PERCENT} makes that share of requests ask for 2-8 whole cards (100 %
 * compute each) on one node, the multi-card shape that issue 12 gave an index.
 */
public final class PoolAllocBench {
  private static final int[] PERCENTS = {5, 10, 10, 20, 25, 25, 30, 50, 50, 75, 100};

  public static void main(String[] argv) {
    java.util.List<String> rest = new java.util.ArrayList<>(java.util.List.of(argv));
    int multiIdx = rest.indexOf("--multi-card");
    double multi = 0;
    if (multiIdx >= 0) {
      multi = Double.parseDouble(rest.get(multiIdx + 1)) / 100;
      rest.subList(multiIdx, multiIdx + 2).clear();
    }
    String[] args = rest.toArray(String[]::new);
    int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int cardsPerNode = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int measured = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
    VgpuPool pool = new VgpuPool();
    if (args.length > 3) pool.setGlobalPolicy(PlacementPolicy.parse(args[3]));
    PlacementPolicy policy = pool.globalPolicy();
    long[] sizes = {81_920, 40_960, 32_768};
    for (int n = 0; n < nodes; n++) {
      long mem = sizes[n % sizes.length];
      for (int c = 0; c < cardsPerNode; c++) {
        pool.addCard("node-" + n, "node-" + n + "-" + c, c, "v" + n % 3, "m" + n % 3, mem);
      }
    }
    Random rnd = new Random(42);
    ArrayDeque<String> live = new ArrayDeque<>();
    long capacity = 100L * nodes * cardsPerNode;
    long used = 0;
    int seq = 0;
    while (used < capacity * 85 / 100) {
      SliceRequest r = request(rnd, seq++, multi);
      if (pool.place(r) instanceof PlacementDecision.Place) {
        live.add(r.taskId());
        used += (long) r.computePercent() * r.count();
      } else if (r.count() == 1) {
        break;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "pool: %d nodes x %d cards, policy %s, %d tasks placed to fill%n",
        nodes,
        cardsPerNode,
        policy.wireName(),
        live.size());
    long placed = 0;
    long queued = 0;
    for (int round = 0; round < 2; round++) {
      int steps = round == 0 ? measured / 5 : measured;
      long t0 = System.nanoTime();
      long p = 0;
      long q = 0;
      long multiPlaced = 0;
      long multiQueued = 0;
      for (int i = 0; i < steps; i++) {
        if (!live.isEmpty()) pool.release(live.poll());
        SliceRequest r = request(rnd, seq++, multi);
        if (pool.place(r) instanceof PlacementDecision.Place) {
          live.add(r.taskId());
          p++;
          if (r.count() > 1) multiPlaced++;
        } else {
          q++;
          if (r.count() > 1) multiQueued++;
        }
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "%s: %d placements, %d queued in %.2f s = %.0f placements/s%n",
          round == 0 ? "warm-up" : "measured",
          p,
          q,
          secs,
          p / secs);
      if (round == 1) {
        placed = p;
        queued = q;
        System.out.printf(
            Locale.ROOT,
            "{\"bench\":\"pool-alloc\",\"policy\":\"%s\",\"nodes\":%d,\"cardsPerNode\":%d,"
                + "\"multiCardPercent\":%.0f,\"multiCardPlaced\":%d,\"multiCardQueued\":%d,"
                + "\"placements\":%d,\"queued\":%d,\"seconds\":%.3f,"
                + "\"placementsPerSecond\":%.0f,\"target\":%d}%n",
            policy.wireName(),
            nodes,
            cardsPerNode,
            multi * 100,
            multiPlaced,
            multiQueued,
            placed,
            queued,
            secs,
            placed / secs,
            multi > 0 ? 20_000 : 5000);
      }
    }
  }

  private static SliceRequest request(Random rnd, int seq, double multi) {
    if (multi > 0 && rnd.nextDouble() < multi) {
      long mem = 1 + rnd.nextInt(32_768);
      return new SliceRequest(
          "t" + seq,
          100,
          mem,
          2 + rnd.nextInt(7),
          false,
          null,
          null,
          null,
          null,
          null,
          false,
          null);
    }
    int pct = PERCENTS[rnd.nextInt(PERCENTS.length)];
    long mem = 1 + (long) rnd.nextInt(40_960) * pct / 100;
    return SliceRequest.slice("t" + seq, pct, mem);
  }
}
