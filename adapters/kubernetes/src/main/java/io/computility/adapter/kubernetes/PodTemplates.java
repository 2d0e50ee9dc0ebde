package io.computility.adapter.kubernetes;

import io.computility.core.adapter.ReplicaLaunch;
import io.computility.core.resource.Resources;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pod of one replica: the JC command in a shell, the image mapped from the JC image id, and the
 * resource spec as requests and limits (CPU, memory, and accelerators as extended resources).
 */
final class PodTemplates {
  private PodTemplates() {}

  static PodTemplateSpec of(KubernetesConfig c, String name, ReplicaLaunch l) {
    List<EnvVar> env = new ArrayList<>();
    env.add(new EnvVar("JC_JOB_ID", l.key().jobId(), null));
    env.add(new EnvVar("JC_REPLICA_KEY", l.key().asString(), null));
    l.env().forEach((k, v) -> env.add(new EnvVar(k, v, null)));
    Map<String, Quantity> requests = requests(l.resources());
    Map<String, Quantity> limits = new LinkedHashMap<>(requests);
    limits.remove("cpu");
    return new PodTemplateSpecBuilder()
        .withNewMetadata()
        .addToLabels(ReplicaNames.LABEL, name)
        .endMetadata()
        .withNewSpec()
        .withRestartPolicy("Never")
        .addNewContainer()
        .withName("main")
        .withImage(c.containerImage(l.imageId()))
        .withCommand("/bin/sh", "-c", l.command() == null ? "true" : l.command())
        .withEnv(env)
        .withNewResources()
        .withRequests(requests)
        .withLimits(limits)
        .endResources()
        .endContainer()
        .endSpec()
        .build();
  }

  static Map<String, Quantity> requests(Resources r) {
    Map<String, Quantity> q = new LinkedHashMap<>();
    if (r == null) return q;
    if (r.cpu() > 0) q.put("cpu", new Quantity(Long.toString(r.cpu())));
    if (r.memoryMb() > 0) q.put("memory", new Quantity(r.memoryMb() + "Mi"));
    if (r.gpu() > 0) q.put(Accelerators.NVIDIA_GPU, new Quantity(Long.toString(r.gpu())));
    if (r.npu() > 0) q.put(Accelerators.ASCEND_910, new Quantity(Long.toString(r.npu())));
    if (r.mlu() > 0) q.put(Accelerators.CAMBRICON_MLU, new Quantity(Long.toString(r.mlu())));
    return q;
  }
}
