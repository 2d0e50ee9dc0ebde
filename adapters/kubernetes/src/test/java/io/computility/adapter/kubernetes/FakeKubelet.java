package io.computility.adapter.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobConditionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plays the Job controller and kubelet for the mock API server, which only stores objects: for each
 * new batch/v1 Job it creates the pod, runs the container's shell command as a local process, moves
 * the pod to Running, and on exit records Succeeded/Failed with the exit code on the pod and the
 * Job. Suspended Jobs (stopped replicas) have their process killed. Pod logs are served from the
 * process output through the mock server's expectations.
 */
final class FakeKubelet implements AutoCloseable {
  private final KubernetesMockServer server;
  private final KubernetesClient client;
  private final String namespace;
  private final Map<String, Process> runs = new ConcurrentHashMap<>();
  private final Thread loop;
  private volatile boolean open = true;

  FakeKubelet(KubernetesMockServer server, KubernetesClient client, String namespace) {
    this.server = server;
    this.client = client;
    this.namespace = namespace;
    this.loop = new Thread(this::run, "fake-kubelet");
    loop.setDaemon(true);
    loop.start();
  }

  private void run() {
    while (open) {
      try {
        for (Job j : client.batch().v1().jobs().inNamespace(namespace).list().getItems()) tick(j);
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException | IOException e) {
        // the next tick tries again
      }
    }
  }

  private void tick(Job j) throws IOException {
    String name = j.getMetadata().getName();
    boolean suspended = Boolean.TRUE.equals(j.getSpec().getSuspend());
    Process p = runs.get(name);
    if (p == null && !suspended && j.getStatus() == null) start(j);
    else if (p != null && suspended && p.isAlive()) kill(p);
  }

  private void start(Job j) throws IOException {
    String name = j.getMetadata().getName();
    String podName = name + "-" + Long.toHexString(System.nanoTime() & 0xffffff);
    var ctr = j.getSpec().getTemplate().getSpec().getContainers().get(0);
    Pod pod =
        client
            .pods()
            .inNamespace(namespace)
            .resource(
                new PodBuilder()
                    .withNewMetadata()
                    .withName(podName)
                    .withLabels(j.getSpec().getTemplate().getMetadata().getLabels())
                    .addToLabels("job-name", name)
                    .withCreationTimestamp(Instant.now().toString())
                    .endMetadata()
                    .withSpec(j.getSpec().getTemplate().getSpec())
                    .editSpec()
                    .withNodeName("gpu-node")
                    .endSpec()
                    .withNewStatus()
                    .withPhase("Pending")
                    .endStatus()
                    .build())
            .create();
    File out = Files.createTempFile("fake-kubelet-" + podName, ".log").toFile();
    out.deleteOnExit();
    server
        .expect()
        .get()
        .withPath("/api/v1/namespaces/" + namespace + "/pods/" + podName + "/log?pretty=false")
        .andReply(200, req -> read(out))
        .always();
    ProcessBuilder pb = new ProcessBuilder(ctr.getCommand()).redirectErrorStream(true);
    pb.redirectOutput(out);
    if (ctr.getEnv() != null)
      for (EnvVar e : ctr.getEnv()) pb.environment().put(e.getName(), e.getValue());
    Process p = pb.start();
    runs.put(name, p);
    pod.getStatus().setPhase("Running");
    pod.getStatus().setStartTime(Instant.now().toString());
    client.pods().inNamespace(namespace).resource(pod).updateStatus();
    p.onExit().thenAccept(done -> finish(name, podName, done.exitValue()));
  }

  private void finish(String job, String podName, int exit) {
    if (!open) return;
    try {
      Pod pod = client.pods().inNamespace(namespace).withName(podName).get();
      if (pod == null) return; // deleted: the replica was stopped
      pod.getStatus().setPhase(exit == 0 ? "Succeeded" : "Failed");
      pod.getStatus()
          .setContainerStatuses(
              List.of(
                  new ContainerStatusBuilder()
                      .withName("main")
                      .withNewState()
                      .withNewTerminated()
                      .withExitCode(exit)
                      .withReason(exit == 0 ? "Completed" : "Error")
                      .withFinishedAt(Instant.now().toString())
                      .endTerminated()
                      .endState()
                      .build()));
      client.pods().inNamespace(namespace).resource(pod).updateStatus();
      Job j = client.batch().v1().jobs().inNamespace(namespace).withName(job).get();
      if (j == null || Boolean.TRUE.equals(j.getSpec().getSuspend())) return;
      j.setStatus(
          exit == 0
              ? new io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder()
                  .withSucceeded(1)
                  .build()
              : new io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder()
                  .withFailed(1)
                  .withConditions(
                      new JobConditionBuilder()
                          .withType("Failed")
                          .withStatus("True")
                          .withReason("BackoffLimitExceeded")
                          .withMessage("Job has reached the specified backoff limit")
                          .build())
                  .build());
      client.batch().v1().jobs().inNamespace(namespace).resource(j).updateStatus();
    } catch (RuntimeException e) {
      // the mock server is going away
    }
  }

  private static String read(File f) {
    try {
      return Files.readString(f.toPath());
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() throws InterruptedException {
    open = false;
    loop.interrupt();
    loop.join(2000);
    runs.values().forEach(FakeKubelet::kill);
  }

  /** The shell and what it started (a container's whole process tree ends with it). */
  private static void kill(Process p) {
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    p.destroyForcibly();
  }
}
