package io.computility.agent.runtime;

import io.computility.agent.enforce.SliceGrant;
import io.computility.pool.wire.AgentProtocol;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;

/**
 * This node's side of a hot migration (POOL-T12.23). On the source: {@code checkpoint} dumps the
 * task's process tree with CRIU, together with where it lived (task directory, working directory)
 * and its output so far, and hands the archive to the controller. On the target: {@code restore}
 * fetches the archive, puts the task directory back where the process expects it and restores the
 * tree, which this agent then follows like a task it adopted after an upgrade. Both run off the
 * heartbeat thread, so the node keeps heartbeating while a large image moves.
 */
final class TaskMigrator {
  private static final Logger LOG = Logger.getLogger(TaskMigrator.class.getName());
  private final Optional<CriuCheckpointer> criu;
  private final TaskRunner runner;
  private final ControllerClient controller;
  private final Path root;
  private final Set<String> busy = ConcurrentHashMap.newKeySet();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "task-migration");
            t.setDaemon(true);
            return t;
          });

  TaskMigrator(
      Optional<CriuCheckpointer> criu, TaskRunner runner, ControllerClient controller, Path root) {
    this.criu = criu;
    this.runner = runner;
    this.controller = controller;
    this.root = root;
  }

  /** What the node reports as its checkpoint capability, or null when it has none. */
  String capability() {
    return criu.map(CriuCheckpointer::version).orElse(null);
  }

  /** Takes the migration commands; answers false for every other command. */
  boolean apply(AgentProtocol.Command c) {
    boolean checkpoint = "checkpoint".equals(c.type());
    if (!checkpoint && !"restore".equals(c.type())) return false;
    // The controller repeats a command until it sees the result: one run per task at a time.
    if (busy.add(c.taskId())) {
      worker.submit(
          () -> {
            try {
              if (checkpoint) checkpoint(c.taskId());
              else restore(c);
            } finally {
              busy.remove(c.taskId());
            }
          });
    }
    return true;
  }

  private void checkpoint(String taskId) {
    TaskProcess t = runner.task(taskId);
    if (t == null || !t.alive()) return; // handed over already, or ended (the report says so)
    Path dir = root.resolve(taskId);
    Path tar = root.resolve(taskId + ".tar");
    try {
      if (criu.isEmpty()) throw new IOException("no working CRIU on node " + runner.node());
      TaskStateFile.delete(dir);
      Files.createDirectories(dir);
      Properties where = new Properties();
      where.setProperty("home", t.dir.toString());
      where.setProperty("cwd", runner.workDir().toString());
      where.setProperty("pid", Long.toString(t.process.pid()));
      try (Writer w = Files.newBufferedWriter(dir.resolve("task.properties"))) {
        where.store(w, "where the checkpointed task lived");
      }
      List<ProcessHandle> tree = new ArrayList<>(t.process.descendants().toList());
      tree.add(t.process);
      t.checkpointing = true;
      try {
        criu.get().dump(t.process.pid(), dir.resolve("images"));
      } catch (IOException e) {
        t.checkpointing = false; // CRIU lets the tree run on when a dump fails
        throw e;
      }
      for (ProcessHandle p : tree) p.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
      if (Files.exists(TaskProcess.output(t.dir))) {
        Files.copy(TaskProcess.output(t.dir), dir.resolve("output.log"));
      }
      runner.detach(taskId, "checkpointed (" + capability() + "); handed to the controller");
      CheckpointArchive.pack(dir, tar);
      controller.uploadCheckpoint(taskId, tar);
    } catch (Exception e) {
      String why = e.getMessage() == null ? e.toString() : e.getMessage();
      LOG.warning("checkpoint of " + taskId + " failed: " + why);
      // A dump that went through but could not be handed over is resumed here.
      if (t.checkpointing) {
        try {
          runner.detach(taskId, "checkpoint not handed over (" + why + "); resuming here");
        } catch (IOException ignored) {
          // the slice file stays; the resumed task gets it again
        }
        resume(taskId, dir, t.grant);
      }
      try {
        controller.checkpointFailed(taskId, why);
      } catch (IOException unreachable) {
        LOG.warning("cannot tell the controller: " + unreachable.getMessage());
      }
    } finally {
      cleanUp(dir, tar);
    }
  }

  private void restore(AgentProtocol.Command c) {
    if (runner.task(c.taskId()) != null) return; // restored already
    Path dir = root.resolve(c.taskId());
    Path tar = root.resolve(c.taskId() + ".tar");
    SliceGrant grant = TaskRunner.grant(c.taskId(), c.grant());
    try {
      Files.createDirectories(root);
      controller.downloadCheckpoint(c.taskId(), tar);
      CheckpointArchive.unpack(tar, dir);
      resume(c.taskId(), dir, grant);
    } catch (IOException | RuntimeException e) {
      runner.restoreFailed(c.taskId(), grant, "cannot fetch the checkpoint: " + e.getMessage());
    } finally {
      cleanUp(dir, tar);
    }
  }

  /** Restores the tree saved in {@code dir} and follows it. */
  private void resume(String taskId, Path dir, SliceGrant grant) {
    try {
      Properties where = new Properties();
      try (Reader r = Files.newBufferedReader(dir.resolve("task.properties"))) {
        where.load(r);
      }
      // CRIU reopens files and the working directory by path: they must be where they were.
      Path home = Path.of(where.getProperty("home"));
      Files.createDirectories(home);
      Files.createDirectories(Path.of(where.getProperty("cwd")));
      Path out = TaskProcess.output(home);
      if (!Files.exists(out) && Files.exists(dir.resolve("output.log"))) {
        Files.copy(dir.resolve("output.log"), out);
      }
      if (criu.isEmpty()) throw new IOException("no working CRIU on node " + runner.node());
      long pid = restoreWhenFree(dir.resolve("images"));
      ProcessHandle h =
          ProcessHandle.of(pid).orElseThrow(() -> new IOException("restored pid " + pid + " gone"));
      runner.adoptRestored(taskId, h, home, grant, Files.exists(out) ? Files.size(out) : 0);
    } catch (IOException | RuntimeException e) {
      runner.restoreFailed(taskId, grant, e.getMessage());
    }
  }

  /**
   * CRIU gives the tree its old pids back; right after the dump they may not be reaped yet, so a
   * failed attempt is retried a few times.
   */
  private long restoreWhenFree(Path images) throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        return criu.get().restore(images);
      } catch (IOException e) {
        last = e;
        try {
          Thread.sleep(500);
        } catch (InterruptedException i) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    throw last;
  }

  private static void cleanUp(Path dir, Path tar) {
    try {
      TaskStateFile.delete(dir);
      Files.deleteIfExists(tar);
    } catch (IOException e) {
      LOG.fine("checkpoint leftovers stay: " + e.getMessage());
    }
  }
}
