package io.computility.agent.runtime;

import io.computility.agent.enforce.EnforcementBackend;
import io.computility.agent.enforce.SliceGrant;
import io.computility.pool.wire.AgentProtocol;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
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
  final ConcurrentLinkedQueue<AgentProtocol.AgentLog> logs = new ConcurrentLinkedQueue<>();

  TaskRunner(EnforcementBackend backend, String node, Path workDir) {
    this.backend = backend;
    this.node = node;
    this.workDir = workDir;
    adoptPrevious();
  }

  private Path taskDir(String taskId) {
    return workDir.resolve("tasks").resolve(taskId);
  }

  /**
   * Takes over the tasks a previous agent instance started on this node (gray upgrade,
   * POOL-T12.22): a live process (same pid and start time) keeps running and is followed from the
   * end of its output; an ended one is reported with the exit code it left.
   */
  private void adoptPrevious() {
    Path root = workDir.resolve("tasks");
    if (!Files.isDirectory(root)) return;
    try (var dirs = Files.list(root)) {
      for (Path dir : dirs.toList()) {
        Path stateFile = dir.resolve("state.properties");
        if (!Files.exists(stateFile)) continue;
        Properties st = new Properties();
        try (var in = Files.newBufferedReader(stateFile)) {
          st.load(in);
        }
        String taskId = dir.getFileName().toString();
        SliceGrant grant = TaskStateFile.grant(taskId, st);
        long pid = Long.parseLong(st.getProperty("pid"));
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        boolean same =
            h.isPresent()
                && h.get()
                    .info()
                    .startInstant()
                    .map(Object::toString)
                    .orElse("")
                    .equals(st.getProperty("startedAt", "?"));
        ProcessHandle handle = same ? h.get() : null;
        // A task restored from a migration lives on in the directory it was started in.
        Path home = Path.of(st.getProperty("home", dir.toString()));
        long from =
            Files.exists(TaskProcess.output(home)) ? Files.size(TaskProcess.output(home)) : 0;
        TaskProcess t = new TaskProcess(taskId, handle, home, grant, from, logs);
        t.stateDir = dir;
        tasks.put(taskId, t);
        if (handle != null) adopted.add(taskId);
        logs.add(
            line(
                taskId,
                "agent "
                    + node
                    + " (version "
                    + Agent.VERSION
                    + "): adopted pid "
                    + pid
                    + (handle != null ? ", still running" : ", already ended")));
      }
    } catch (IOException | RuntimeException e) {
      LOG.warning("cannot adopt previous tasks: " + e);
    }
  }

  /** Task ids of live processes taken over from a previous agent instance. */
  final List<String> adopted = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** Slices this node serves to other nodes' tasks (POOL-T12.3); null when none. */
  RemoteSlices remote;

  void apply(AgentProtocol.Command c) {
    if (remote != null && remote.apply(c)) return;
    switch (c.type()) {
      case "start" -> start(c);
      case "stop" -> stop(c.taskId());
      case "resize" -> resize(c);
      case "forget" -> forget(c.taskId());
      default -> LOG.warning("unknown command " + c.type());
    }
  }

  static SliceGrant grant(String taskId, AgentProtocol.Grant g) {
    return new SliceGrant(
        taskId,
        g.devices().stream().map(d -> new SliceGrant.GrantedDevice(d.index(), d.uuid())).toList(),
        g.computePercent(),
        g.memoryMb());
  }

  private void start(AgentProtocol.Command c) {
    if (tasks.containsKey(c.taskId())) return;
    SliceGrant grant = grant(c.taskId(), c.grant());
    try {
      backend.beforeStart(grant);
      Path dir = taskDir(c.taskId());
      Files.createDirectories(dir);
      Files.deleteIfExists(TaskProcess.exitFile(dir));
      // sh writes the exit code to a file: the task outlives the agent that started it (T12.22).
      List<String> argv = new ArrayList<>();
      argv.addAll(List.of("/bin/sh", "-c", "f=$1; shift; \"$@\"; echo $? > \"$f\"", "sh"));
      argv.add(TaskProcess.exitFile(dir).toString());
      argv.addAll(c.command());
      ProcessBuilder pb =
          new ProcessBuilder(argv)
              .redirectErrorStream(true)
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .redirectOutput(ProcessBuilder.Redirect.appendTo(TaskProcess.output(dir).toFile()));
      pb.directory(workDir.toFile());
      Map<String, String> env = pb.environment();
      if (c.env() != null) env.putAll(c.env());
      // The slice comes from the grant, never from what the task asked in its environment.
      env.putAll(backend.environment(grant));
      env.put("COMPUTILITY_TASK_ID", c.taskId());
      env.put("COMPUTILITY_NODE", node);
      Process p = pb.start();
      TaskStateFile.write(dir, p.toHandle(), grant);
      tasks.put(c.taskId(), new TaskProcess(c.taskId(), p.toHandle(), dir, grant, 0, logs));
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
    if (t.alive()) {
      t.terminate();
      logs.add(line(taskId, "agent " + node + ": stopped; slice released"));
    }
  }

  private void resize(AgentProtocol.Command c) {
    TaskProcess t = tasks.get(c.taskId());
    if (t == null) return;
    SliceGrant g = grant(c.taskId(), c.grant());
    try {
      backend.resize(g);
      t.grant = g;
      if (t.dir != null) TaskStateFile.write(t.stateDir, t.process, g, t.dir);
      logs.add(line(c.taskId(), "agent " + node + ": resized live to " + describe(g)));
    } catch (IOException e) {
      logs.add(line(c.taskId(), "agent " + node + ": cannot resize: " + e.getMessage()));
    }
  }

  private void forget(String taskId) {
    TaskProcess t = tasks.remove(taskId);
    if (t == null) return;
    if (t.alive()) t.terminate();
    try {
      backend.afterStop(t.grant);
      if (t.dir != null) TaskStateFile.delete(t.dir);
      if (t.stateDir != null) TaskStateFile.delete(t.stateDir);
    } catch (IOException e) {
      LOG.warning("cleanup of " + taskId + " failed: " + e.getMessage());
    }
  }

  TaskProcess task(String taskId) {
    return tasks.get(taskId);
  }

  String node() {
    return node;
  }

  Path workDir() {
    return workDir;
  }

  /**
   * Lets go of a task whose process was checkpointed away (POOL-T12.23): its slice is released here
   * and it is no longer reported; its output stays, the restored process may still write to it.
   */
  void detach(String taskId, String why) throws IOException {
    TaskProcess t = tasks.remove(taskId);
    if (t == null) return;
    backend.afterStop(t.grant);
    Files.deleteIfExists(t.stateDir.resolve("state.properties"));
    logs.add(line(taskId, "agent " + node + ": " + why));
  }

  /** Follows a process restored from a checkpoint as if adopted from a previous agent. */
  void adoptRestored(String taskId, ProcessHandle h, Path home, SliceGrant grant, long from)
      throws IOException {
    backend.beforeStart(grant);
    Path stateDir = taskDir(taskId);
    Files.createDirectories(stateDir);
    TaskStateFile.write(stateDir, h, grant, home);
    TaskProcess t = new TaskProcess(taskId, h, home, grant, from, logs);
    t.stateDir = stateDir;
    tasks.put(taskId, t);
    adopted.add(taskId);
    logs.add(
        line(taskId, "agent " + node + ": restored pid " + h.pid() + " with " + describe(grant)));
  }

  /** A restore that did not work: reported as exited with 127 like a start that failed. */
  void restoreFailed(String taskId, SliceGrant grant, String why) {
    logs.add(line(taskId, "agent " + node + ": cannot restore: " + why));
    tasks.put(taskId, TaskProcess.failed(taskId, grant));
  }

  List<AgentProtocol.TaskReport> reports() {
    List<AgentProtocol.TaskReport> out = new ArrayList<>();
    for (TaskProcess t : tasks.values()) out.add(t.report());
    if (remote != null) out.addAll(remote.reports());
    return out;
  }

  /** Stops every task (the agent is shutting down). */
  void stopAll() {
    new LinkedHashMap<>(tasks).keySet().forEach(this::stop);
  }

  static AgentProtocol.AgentLog line(String taskId, String text) {
    return new AgentProtocol.AgentLog(taskId, java.time.Instant.now(), text);
  }

  private static String describe(SliceGrant g) {
    return g.computePercent()
        + "% / "
        + g.memoryMb()
        + " MB on "
        + g.devices().stream().map(SliceGrant.GrantedDevice::uuid).toList();
  }
}
