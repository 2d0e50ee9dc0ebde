package io.computility.agent.runtime;

import io.computility.agent.enforce.SliceGrant;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Queue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One task part running as a real OS process on this node; its output is kept for the controller
 * and its usage lines ({@code usage memory_mb=N core_percent=P ...}) are read for the heartbeat.
 */
final class TaskProcess {
  private static final Pattern MEMORY = Pattern.compile("\\bmemory_mb=(\\d+)");
  private static final Pattern CORE = Pattern.compile("\\bcore_percent=(\\d+)");

  /** A task that printed no usage line for this long counts as idle. */
  private static final long IDLE_AFTER_MS = 1500;

  final String taskId;
  final Process process;
  volatile SliceGrant grant;
  private volatile long memoryUsedMb;
  private volatile int corePercent;
  private volatile long lastUsageAt;

  private final int failedExit;

  TaskProcess(String taskId, Process process, SliceGrant grant, Queue<AgentWire.LogLine> logs) {
    this.taskId = taskId;
    this.process = process;
    this.grant = grant;
    this.failedExit = 0;
    Thread reader = new Thread(() -> pump(logs), "task-output-" + taskId);
    reader.setDaemon(true);
    reader.start();
  }

  private TaskProcess(String taskId, SliceGrant grant) {
    this.taskId = taskId;
    this.process = null;
    this.grant = grant;
    this.failedExit = 127;
  }

  /** A task whose process could not be started: reported as exited with 127. */
  static TaskProcess failed(String taskId, SliceGrant grant) {
    return new TaskProcess(taskId, grant);
  }

  private void pump(Queue<AgentWire.LogLine> logs) {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        logs.add(new AgentWire.LogLine(taskId, Instant.now().toString(), line));
        if (line.startsWith("usage ")) {
          Matcher m = MEMORY.matcher(line);
          Matcher c = CORE.matcher(line);
          if (m.find()) memoryUsedMb = Long.parseLong(m.group(1));
          if (c.find()) corePercent = Integer.parseInt(c.group(1));
          lastUsageAt = System.currentTimeMillis();
        }
      }
    } catch (IOException ended) {
      // the process closed its output
    }
  }

  AgentWire.TaskReport report() {
    boolean busy = System.currentTimeMillis() - lastUsageAt < IDLE_AFTER_MS;
    SliceGrant g = grant;
    if (process == null) {
      return new AgentWire.TaskReport(
          taskId, "exited", failedExit, 0, 0, g.computePercent(), g.memoryMb());
    }
    if (process.isAlive()) {
      return new AgentWire.TaskReport(
          taskId,
          "running",
          null,
          memoryUsedMb,
          busy ? corePercent : 0,
          g.computePercent(),
          g.memoryMb());
    }
    return new AgentWire.TaskReport(
        taskId, "exited", process.exitValue(), 0, 0, g.computePercent(), g.memoryMb());
  }

  /** SIGTERM to the process and its children, SIGKILL after a grace period. */
  void terminate() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
