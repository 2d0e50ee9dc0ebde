package io.computility.agent.runtime;

import io.computility.agent.enforce.SliceGrant;
import io.computility.pool.wire.AgentProtocol;
import io.computility.pool.wire.WireLimits;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One task part running as a real OS process on this node. The process writes its output to a file
 * and its exit code to another (through a {@code sh} wrapper), so it does not depend on the agent
 * that started it: an agent that re-executes itself (gray upgrade, POOL-T12.22) adopts it by pid. A
 * {@code null} process is one adopted after it ended. Output is tailed for the controller and usage
 * lines ({@code usage memory_mb=N core_percent=P}) are read for the heartbeat.
 */
final class TaskProcess {
  /** Longest log line sent to the controller (the limit it checks). */
  static final int MAX_LINE_CHARS = WireLimits.LINE;

  private static final Pattern MEMORY = Pattern.compile("\\bmemory_mb=(\\d+)");
  private static final Pattern CORE = Pattern.compile("\\bcore_percent=(\\d+)");

  /** A task that printed no usage line for this long counts as idle. */
  private static final long IDLE_AFTER_MS = 1500;

  final String taskId;
  final ProcessHandle process;
  final Path dir;
  volatile SliceGrant grant;

  /** Being checkpointed: reported as running, since its end is a hand-over, not an exit. */
  volatile boolean checkpointing;

  /** Where its state file is: the task directory, except for a task restored from elsewhere. */
  volatile Path stateDir;

  private volatile long memoryUsedMb;
  private volatile int corePercent;
  private volatile long lastUsageAt;
  private volatile boolean drained;
  private final int failedExit;

  TaskProcess(
      String taskId,
      ProcessHandle process,
      Path dir,
      SliceGrant grant,
      long from,
      Queue<AgentProtocol.AgentLog> logs) {
    this.taskId = taskId;
    this.process = process;
    this.dir = dir;
    this.stateDir = dir;
    this.grant = grant;
    this.failedExit = 0;
    Thread reader = new Thread(() -> tail(from, logs), "task-output-" + taskId);
    reader.setDaemon(true);
    reader.start();
  }

  private TaskProcess(String taskId, SliceGrant grant) {
    this.taskId = taskId;
    this.process = null;
    this.dir = null;
    this.grant = grant;
    this.failedExit = 127;
  }

  /** A task whose process could not be started: reported as exited with 127. */
  static TaskProcess failed(String taskId, SliceGrant grant) {
    return new TaskProcess(taskId, grant);
  }

  static Path output(Path dir) {
    return dir.resolve("output.log");
  }

  static Path exitFile(Path dir) {
    return dir.resolve("exit");
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  /** Follows the output file from {@code from} until the process has ended and all is read. */
  private void tail(long from, Queue<AgentProtocol.AgentLog> logs) {
    Path out = output(dir);
    try {
      while (!Files.exists(out) && alive()) Thread.sleep(50);
      if (!Files.exists(out)) return;
      try (RandomAccessFile f = new RandomAccessFile(out.toFile(), "r")) {
        f.seek(from);
        StringBuilder partial = new StringBuilder();
        while (true) {
          boolean alive = alive();
          String chunk = readAvailable(f);
          if (chunk.isEmpty()) {
            if (!alive) break;
            Thread.sleep(100);
            continue;
          }
          partial.append(chunk);
          int nl;
          while ((nl = partial.indexOf("\n")) >= 0) {
            line(partial.substring(0, nl), logs);
            partial.delete(0, nl + 1);
          }
        }
        if (partial.length() > 0) line(partial.toString(), logs);
      }
    } catch (IOException | InterruptedException ended) {
      // the output file went away or the agent stops
    } finally {
      drained = true;
    }
  }

  private static String readAvailable(RandomAccessFile f) throws IOException {
    long n = f.length() - f.getFilePointer();
    if (n <= 0) return "";
    byte[] b = new byte[(int) Math.min(n, 1 << 20)];
    f.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private void line(String line, Queue<AgentProtocol.AgentLog> logs) {
    // The controller refuses longer lines (its request limits); the head is what matters.
    String kept = line.length() > MAX_LINE_CHARS ? line.substring(0, MAX_LINE_CHARS) : line;
    logs.add(new AgentProtocol.AgentLog(taskId, Instant.now(), kept));
    if (line.startsWith("usage ")) {
      Matcher m = MEMORY.matcher(line);
      Matcher c = CORE.matcher(line);
      if (m.find()) memoryUsedMb = Long.parseLong(m.group(1));
      if (c.find()) corePercent = Integer.parseInt(c.group(1));
      lastUsageAt = System.currentTimeMillis();
    }
  }

  /** The exit code the wrapper wrote; empty while running or when the wrapper was killed. */
  private Optional<Integer> exitCode() {
    try {
      String s = Files.readString(exitFile(dir)).trim();
      return s.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(s));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  AgentProtocol.TaskReport report() {
    boolean busy = System.currentTimeMillis() - lastUsageAt < IDLE_AFTER_MS;
    SliceGrant g = grant;
    if (dir == null) {
      return new AgentProtocol.TaskReport(
          taskId, "exited", failedExit, 0, 0, g.computePercent(), g.memoryMb());
    }
    if (alive() || !drained || checkpointing) {
      return new AgentProtocol.TaskReport(
          taskId,
          "running",
          null,
          memoryUsedMb,
          busy ? corePercent : 0,
          g.computePercent(),
          g.memoryMb());
    }
    // Killed by a signal (no exit file): reported as a failure, like a shell's 128+signal.
    int code = exitCode().orElse(137);
    return new AgentProtocol.TaskReport(
        taskId, "exited", code, 0, 0, g.computePercent(), g.memoryMb());
  }

  /** SIGTERM to the process and its children, SIGKILL after a grace period. */
  void terminate() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      process.onExit().get(5, TimeUnit.SECONDS);
    } catch (Exception notYet) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      try {
        process.onExit().get(5, TimeUnit.SECONDS);
      } catch (Exception ignored) {
        // gone or unkillable; the report says what it is
      }
    }
  }
}
