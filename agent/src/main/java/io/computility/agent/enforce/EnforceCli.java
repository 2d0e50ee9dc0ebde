package io.computility.agent.enforce;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints the environment a backend gives one slice, as KEY=VALUE lines, and optionally runs the
 * backend's start/stop hooks (for example to start or stop the MPS daemon):
 *
 * <pre>
 * EnforceCli mps --device 0 [--uuid GPU-...] --compute 30 --memory-mb 4096 [--task t1]
 *            [--before-start] [--after-stop] [key=value ...backend config]
 * </pre>
 */
public final class EnforceCli {

  private EnforceCli() {}

  public static void main(String[] args) {
    try {
      run(args);
    } catch (IllegalArgumentException e) {
      System.err.println("EnforceCli: " + e.getMessage());
      System.exit(64);
    } catch (IOException e) {
      System.err.println("EnforceCli: " + e.getMessage());
      System.exit(1);
    }
  }

  private static void run(String[] args) throws IOException {
    if (args.length == 0) {
      throw new IllegalArgumentException(
          "usage: EnforceCli <accounting|mps|hami-core> --device I[,J] --compute P --memory-mb M");
    }
    Map<String, String> config = new LinkedHashMap<>();
    List<Integer> indices = new ArrayList<>();
    List<String> uuids = new ArrayList<>();
    int compute = 100;
    long memoryMb = 0;
    String task = "cli";
    boolean beforeStart = false;
    boolean afterStop = false;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--device" -> {
          for (String d : value(args, ++i).split(",")) {
            indices.add(Integer.parseInt(d.strip()));
          }
        }
        case "--uuid" -> uuids.addAll(List.of(value(args, ++i).split(",")));
        case "--compute" -> compute = Integer.parseInt(value(args, ++i));
        case "--memory-mb" -> memoryMb = Long.parseLong(value(args, ++i));
        case "--task" -> task = value(args, ++i);
        case "--before-start" -> beforeStart = true;
        case "--after-stop" -> afterStop = true;
        default -> {
          String[] pair = args[i].split("=", 2);
          if (pair.length != 2) {
            throw new IllegalArgumentException("unknown argument " + args[i]);
          }
          config.put(pair[0], pair[1]);
        }
      }
    }
    if (indices.isEmpty()) {
      throw new IllegalArgumentException("--device is required");
    }
    List<SliceGrant.GrantedDevice> devices = new ArrayList<>();
    for (int d = 0; d < indices.size(); d++) {
      String uuid = d < uuids.size() ? uuids.get(d) : Integer.toString(indices.get(d));
      devices.add(new SliceGrant.GrantedDevice(indices.get(d), uuid));
    }
    SliceGrant grant = new SliceGrant(task, devices, compute, memoryMb);
    EnforcementBackend backend = EnforcementBackends.create(args[0], config);
    if (beforeStart) {
      backend.beforeStart(grant);
    }
    backend.environment(grant).forEach((k, v) -> System.out.println(k + "=" + v));
    if (afterStop) {
      backend.afterStop(grant);
    }
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
