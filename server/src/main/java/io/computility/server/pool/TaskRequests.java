package io.computility.server.pool;

import io.computility.core.vgpu.PlacementPolicy;
import io.computility.core.vgpu.SliceRequest;
import io.computility.pool.wire.PoolApi;
import io.computility.server.shared.web.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;

/**
 * Validates a submission and builds the task. A named spec fixes compute and memory (POOL-T12.14);
 * the slice never comes from the task's environment (POOL-T12.1).
 */
final class TaskRequests {
  private final PoolStore store;

  TaskRequests(PoolStore store) {
    this.store = store;
  }

  PoolTask build(PoolApi.SubmitTask in, String id) {
    if (in == null) throw new InvalidInputException("body", "is required");
    if (in.command() == null || in.command().isEmpty()) {
      throw new InvalidInputException("command", "must name the program to run");
    }
    boolean physical = Boolean.TRUE.equals(in.physical());
    int pct;
    long mem;
    if (in.spec() != null) {
      PoolApi.Spec spec =
          store
              .spec(in.spec())
              .orElseThrow(() -> new InvalidInputException("spec", "no spec named " + in.spec()));
      pct = spec.computePercent();
      mem = spec.memoryMb();
    } else if (physical) {
      pct = 100;
      mem = in.memoryMb() == null ? 0 : in.memoryMb();
    } else {
      if (in.computePercent() == null || in.computePercent() < 1 || in.computePercent() > 100) {
        throw new InvalidInputException("computePercent", "must be 1..100");
      }
      if (in.memoryMb() == null || in.memoryMb() < 1) {
        throw new InvalidInputException("memoryMb", "must be >= 1");
      }
      pct = in.computePercent();
      mem = in.memoryMb();
    }
    int count = in.count() == null ? 1 : in.count();
    if (count < 1) throw new InvalidInputException("count", "must be >= 1");
    if (in.idleTimeoutMs() != null && in.idleTimeoutMs() < 0) {
      throw new InvalidInputException("idleTimeoutMs", "must be >= 0");
    }
    if (in.runTimeoutMs() != null && in.runTimeoutMs() < 0) {
      throw new InvalidInputException("runTimeoutMs", "must be >= 0");
    }
    PoolTask t = new PoolTask();
    t.id = id;
    t.tenant = in.tenant() == null || in.tenant().isBlank() ? "default" : in.tenant();
    t.name = in.name();
    t.priority = in.priority() == null ? 0 : in.priority();
    t.spec = in.spec();
    t.group = blankToNull(in.group());
    t.clientKey = blankToNull(in.clientKey());
    if (t.clientKey != null && t.clientKey.length() > 200) {
      throw new InvalidInputException("clientKey", "must be at most 200 characters");
    }
    t.runOn = blankToNull(in.runOn());
    if (Boolean.TRUE.equals(in.remote()) && t.runOn == null) {
      throw new InvalidInputException("runOn", "is required for a remote task: the node to run on");
    }
    if (t.runOn != null && count != 1) {
      throw new InvalidInputException("count", "must be 1 for a remote task");
    }
    t.command = new ArrayList<>(in.command());
    t.env = in.env() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(in.env());
    t.idleTimeoutMs = in.idleTimeoutMs() == null ? 0 : in.idleTimeoutMs();
    t.runTimeoutMs = in.runTimeoutMs() == null ? 0 : in.runTimeoutMs();
    t.request =
        new SliceRequest(
            id,
            pct,
            mem,
            count,
            physical,
            policy(in.policy(), "policy"),
            blankToNull(in.node()),
            blankToNull(in.model()),
            blankToNull(in.card()),
            blankToNull(in.affinity()),
            Boolean.TRUE.equals(in.gang()),
            blankToNull(in.localNode()));
    return t;
  }

  static PlacementPolicy policy(String text, String field) {
    if (text == null || text.isBlank()) return null;
    try {
      return PlacementPolicy.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          field,
          "must be one of device-binpack, device-spread, node-binpack, node-spread, local,"
              + " local-first, frag-aware");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
