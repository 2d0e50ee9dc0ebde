package io.computility.adapter.slurm;

import io.computility.core.adapter.AdapterException;
import io.computility.core.adapter.ReplicaKey;
import io.computility.core.adapter.ReplicaLaunch;
import io.computility.core.resource.Resources;
import tools.jackson.databind.node.ObjectNode;

/**
 * A replica as a slurmrestd v0.0.38 batch job submission: the command becomes the batch script, the
 * resource spec becomes CPUs per task, memory per node and GPUs as gres; stdout and stderr go to
 * one file named after the replica key, which is also the job name (so a restart finds it).
 */
final class SlurmJobRequest {
  private SlurmJobRequest() {}

  static String jobName(ReplicaKey k) {
    return "jc-" + k.asString().replaceAll("[^A-Za-z0-9_.-]", "_");
  }

  static String outputFile(SlurmConfig c, ReplicaKey k) {
    return c.outputDirectory().replaceAll("/+$", "") + "/" + jobName(k) + ".out";
  }

  static ObjectNode body(SlurmConfig c, ReplicaLaunch l) {
    Resources r = l.resources() == null ? Resources.ZERO : l.resources();
    if (r.npu() > 0 || r.mlu() > 0) {
      throw new AdapterException(
          "resources: Slurm center " + c.centerId() + " offers CPUs and GPUs only", false);
    }
    ObjectNode root = SlurmReply.JSON.createObjectNode();
    root.put("script", "#!/bin/bash\n" + (l.command() == null ? "true" : l.command()) + "\n");
    ObjectNode job = root.putObject("job");
    job.put("name", jobName(l.key()));
    job.put("comment", l.key().asString());
    if (c.partition() != null) job.put("partition", c.partition());
    job.put("cpus_per_task", (int) Math.max(1, r.cpu()));
    job.put("tasks", 1);
    job.put("nodes", 1);
    if (r.memoryMb() > 0) job.put("memory_per_node", r.memoryMb());
    if (r.gpu() > 0) {
      job.put("gpus_per_node", (c.gpuType() == null ? "" : c.gpuType() + ":") + r.gpu());
    }
    if (c.timeLimit() != null) job.put("time_limit", Math.max(1, c.timeLimit().toMinutes()));
    job.put("current_working_directory", c.workingDirectory());
    String out = outputFile(c, l.key());
    job.put("standard_output", out);
    job.put("standard_error", out);
    ObjectNode env = job.putObject("environment");
    env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
    env.put("JC_JOB_ID", l.key().jobId());
    env.put("JC_TASK_NAME", l.taskName() == null ? "" : l.taskName());
    env.put("JC_REPLICA_KEY", l.key().asString());
    l.env().forEach(env::put);
    return root;
  }
}
