package io.computility.agent.runtime;

import io.computility.agent.enforce.EnforcementBackend;
import io.computility.agent.enforce.SliceGrant;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Logger;

/**
 * Runs the controller's commands on this node: start a task as a real process with the slice the
 * enforcement backend turns into environment, stop it, resize it live, forget it once reported.
 */
final class TaskRunner {
  private static final Logger LOG = Logger.getLogger(TaskRunner.class.getName());
  private final EnforcementBackend backend;
  private final String node;
  private final Path workDir;
  private final Map<String, TaskProcess> tasks = new ConcurrentHashMap<>();
  final ConcurrentLinkedQueue<AgentWire.LogLine> logs = new ConcurrentLinkedQueue<>();

  TaskRunner(EnforcementBackend backend, String node, Path workDir) {
    this.backend = backend;
    this.node = node;
    this.workDir = workDir;
  }

  void apply(AgentWire.Command c) {
    switch (c.type()) {
      case "start" -> start(c);
      case "stop" -> stop(c.taskId());
      case "resize" -> resize(c);
      case "forget" -> forget(c.taskId());
      default -> LOG.warning("unknown command " + c.type());
    }
  }

  private static SliceGrant grant(String taskId, AgentWire.Grant g) {
    return new SliceGrant(
        taskId,
        g.devices().stream().map(d -> new SliceGrant.GrantedDevice(d.index(), d.uuid())).toList(),
        g.computePercent(),
        g.memoryMb());
  }

  private void start(AgentWire.Command c) {
    if (tasks.containsKey(c.taskId())) return;
    SliceGrant grant = grant(c.taskId(), c.grant());
    try {
      backend.beforeStart(grant);
      ProcessBuilder pb = new ProcessBuilder(c.command()).redirectErrorStream(true);
      pb.directory(workDir.toFile());
      Map<String, String> env = pb.environment();
      if (c.env() != null) env.putAll(c.env());
      // The slice comes from the grant, never from what the task asked in its environment.
      env.putAll(backend.environment(grant));
      env.put("COMPUTILITY_TASK_ID", c.taskId());
      env.put("COMPUTILITY_NODE", node);
      Process p = pb.start();
      tasks.put(c.taskId(), new TaskProcess(c.taskId(), p, grant, logs));
      logs.add(
          line(
              c.taskId(),
              "agent " + node + ": started pid " + p.pid() + " with " + describe(grant)));
    } catch (IOException | RuntimeException e) {
      logs.add(line(c.taskId(), "agent " + node + ": cannot start: " + e.getMessage()));
      tasks.put(c.taskId(), TaskProcess.failed(c.taskId(), grant));
    }
  }

  private void stop(String taskId) {
    TaskProcess t = tasks.get(taskId);
    if (t == null) return;
    if (t.process != null && t.process.isAlive()) {
      t.terminate();
      logs.add(line(taskId, "agent " + node + ": stopped; slice released"));
    }
  }

  private void resize(AgentWire.Command c) {
    TaskProcess t = tasks.get(c.taskId());
    if (t == null) return;
    SliceGrant g = grant(c.taskId(), c.grant());
    try {
      backend.resize(g);
      t.grant = g;
      logs.add(line(c.taskId(), "agent " + node + ": resized live to " + describe(g)));
    } catch (IOException e) {
      logs.add(line(c.taskId(), "agent " + node + ": cannot resize: " + e.getMessage()));
    }
  }

  private void forget(String taskId) {
    TaskProcess t = tasks.remove(taskId);
    if (t == null) return;
    if (t.process != null && t.process.isAlive()) t.terminate();
    try {
      backend.afterStop(t.grant);
    } catch (IOException e) {
      LOG.warning("cleanup of " + taskId + " failed: " + e.getMessage());
    }
  }

  List<AgentWire.TaskReport> reports() {
    List<AgentWire.TaskReport> out = new ArrayList<>();
    for (TaskProcess t : tasks.values()) out.add(t.report());
    return out;
  }

  /** Stops every task (the agent is shutting down). */
  void stopAll() {
    new LinkedHashMap<>(tasks).keySet().forEach(this::stop);
  }

  private static AgentWire.LogLine line(String taskId, String text) {
    return new AgentWire.LogLine(taskId, java.time.Instant.now().toString(), text);
  }

  private static String describe(SliceGrant g) {
    return g.computePercent()
        + "% / "
        + g.memoryMb()
        + " MB on "
        + g.devices().stream().map(SliceGrant.GrantedDevice::uuid).toList();
  }
}
