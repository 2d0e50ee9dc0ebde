package io.computility.adapter.kubernetes;

import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.resource.Resources;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster as a JC table 4 snapshot: nodes' allocatable resources minus what scheduled,
 * unfinished pods request. Nodes that are not Ready or are cordoned offer nothing free.
 */
final class KubernetesResourceView {
  /** Accelerator resources reported one by one, HAMi's memory and core shares included. */
  static final List<String> ACCELERATORS =
      List.of(
          Accelerators.NVIDIA_GPU,
          Accelerators.HAMI_GPU_MEM,
          Accelerators.HAMI_GPU_CORES,
          Accelerators.ASCEND_910,
          Accelerators.ASCEND_310,
          Accelerators.CAMBRICON_MLU);

  /** One accelerator resource: what nodes offer and what pods request. */
  public record AcceleratorUse(String resource, BigDecimal allocatable, BigDecimal requested) {}

  private KubernetesResourceView() {}

  static MonitoringSnapshot snapshot(
      KubernetesConfig c, List<Node> nodes, List<Pod> pods, Instant takenAt) {
    Map<String, Map<String, Quantity>> requestedByNode = new HashMap<>();
    int running = 0;
    int waiting = 0;
    Resources used = Resources.ZERO;
    for (Pod p : pods) {
      String phase = p.getStatus() == null ? "Pending" : p.getStatus().getPhase();
      if ("Running".equals(phase)) running++;
      else if (phase == null || "Pending".equals(phase)) waiting++;
      else continue;
      String node = p.getSpec() == null ? null : p.getSpec().getNodeName();
      if (node == null) continue;
      Map<String, Quantity> req = requests(p);
      used = used.plus(Accelerators.toResources(req));
      requestedByNode.merge(node, req, KubernetesResourceView::sum);
    }
    Resources free = Resources.ZERO;
    for (Node n : nodes) {
      if (!usable(n)) continue;
      Resources alloc = Accelerators.toResources(n.getStatus().getAllocatable());
      Resources req = Accelerators.toResources(requestedByNode.get(n.getMetadata().getName()));
      free = free.plus(alloc.minusClamped(req));
    }
    int grade = c.profile() == null ? 1 : c.profile().securityGrade();
    return new MonitoringSnapshot(
        c.centerId(), c.name(), running, waiting, used, free, grade, takenAt);
  }

  static List<AcceleratorUse> accelerators(List<Node> nodes, List<Pod> pods) {
    Map<String, Quantity> alloc = new LinkedHashMap<>();
    for (Node n : nodes) {
      if (n.getStatus() != null) alloc = sum(alloc, n.getStatus().getAllocatable());
    }
    Map<String, Quantity> req = new HashMap<>();
    for (Pod p : pods) {
      String phase = p.getStatus() == null ? "Pending" : p.getStatus().getPhase();
      if ("Succeeded".equals(phase) || "Failed".equals(phase)) continue;
      req = sum(req, requests(p));
    }
    final Map<String, Quantity> a = alloc;
    final Map<String, Quantity> r = req;
    return ACCELERATORS.stream()
        .filter(name -> a.containsKey(name) || r.containsKey(name))
        .map(
            name ->
                new AcceleratorUse(
                    name, Accelerators.amount(a, name), Accelerators.amount(r, name)))
        .toList();
  }

  /** Requests of all containers; limits stand in where an extended resource has no request. */
  static Map<String, Quantity> requests(Pod p) {
    Map<String, Quantity> out = new HashMap<>();
    if (p.getSpec() == null) return out;
    for (Container ctr : p.getSpec().getContainers()) {
      if (ctr.getResources() == null) continue;
      Map<String, Quantity> r = new HashMap<>();
      if (ctr.getResources().getLimits() != null) r.putAll(ctr.getResources().getLimits());
      if (ctr.getResources().getRequests() != null) r.putAll(ctr.getResources().getRequests());
      out = sum(out, r);
    }
    return out;
  }

  static boolean usable(Node n) {
    if (n.getStatus() == null || n.getStatus().getAllocatable() == null) return false;
    if (n.getSpec() != null && Boolean.TRUE.equals(n.getSpec().getUnschedulable())) return false;
    List<NodeCondition> conds = n.getStatus().getConditions();
    if (conds == null) return true;
    for (NodeCondition cond : conds) {
      if ("Ready".equals(cond.getType())) return "True".equals(cond.getStatus());
    }
    return true;
  }

  private static Map<String, Quantity> sum(Map<String, Quantity> a, Map<String, Quantity> b) {
    Map<String, Quantity> out = new LinkedHashMap<>(a);
    if (b == null) return out;
    b.forEach(
        (k, v) ->
            out.merge(
                k,
                v,
                (x, y) ->
                    new Quantity(
                        Quantity.getAmountInBytes(x)
                            .add(Quantity.getAmountInBytes(y))
                            .toPlainString())));
    return out;
  }
}
