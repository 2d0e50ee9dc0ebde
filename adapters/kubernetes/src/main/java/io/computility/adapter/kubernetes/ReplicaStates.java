package io.computility.adapter.kubernetes;

import io.computility.core.adapter.ReplicaKey;
import io.computility.core.adapter.ReplicaState;
import io.computility.core.job.JobStatus;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import java.time.Instant;
import java.util.List;

/**
 * A replica's state from its workload object and pods: the object's end wins (a stop before the end
 * is STOPPED); otherwise the newest pod's phase: Running is RUNNING, Succeeded COMPLETED, Failed
 * FAILED (with the container's exit code and reason), anything else PENDING.
 */
final class ReplicaStates {
  private ReplicaStates() {}

  static ReplicaState of(ReplicaKey key, String name, Workload.View v, List<Pod> pods) {
    Pod pod = pods.isEmpty() ? null : pods.get(pods.size() - 1);
    String phase = pod == null || pod.getStatus() == null ? null : pod.getStatus().getPhase();
    Instant started = pod == null ? null : parse(pod.getStatus().getStartTime());
    if (v.ended() == null && v.stopped())
      return new ReplicaState(key, name, JobStatus.STOPPED, "stopped", started, Instant.now());
    JobStatus s;
    String msg;
    if (v.ended() != null) {
      s = v.ended();
      msg = v.message();
    } else if ("Running".equals(phase)) {
      s = JobStatus.RUNNING;
      msg = "pod running";
    } else if ("Succeeded".equals(phase)) {
      s = JobStatus.COMPLETED;
      msg = "pod succeeded";
    } else if ("Failed".equals(phase)) {
      s = JobStatus.FAILED;
      msg = "pod failed";
    } else {
      s = JobStatus.PENDING;
      msg = phase == null ? "no pod yet" : "pod " + phase;
    }
    ContainerStateTerminated t = terminated(pod);
    Instant finished = null;
    if (t != null) {
      msg += " exit_code=" + t.getExitCode() + (t.getReason() == null ? "" : " " + t.getReason());
      finished = parse(t.getFinishedAt());
    }
    if (s.terminal() && finished == null) finished = Instant.now();
    if (s == JobStatus.PENDING) started = null;
    return new ReplicaState(key, name, s, msg, started, s.terminal() ? finished : null);
  }

  private static ContainerStateTerminated terminated(Pod pod) {
    if (pod == null || pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null)
      return null;
    for (ContainerStatus cs : pod.getStatus().getContainerStatuses()) {
      if (cs.getState() != null && cs.getState().getTerminated() != null)
        return cs.getState().getTerminated();
    }
    return null;
  }

  private static Instant parse(String t) {
    try {
      return t == null ? null : Instant.parse(t);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
