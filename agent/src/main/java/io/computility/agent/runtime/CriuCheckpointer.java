package io.computility.agent.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Checkpoints a task's process tree with CRIU and restores it (POOL-T12.23). The binary comes from
 * {@code -Dcomputility.agent.criu}, {@code COMPUTILITY_CRIU}, {@code /opt/criu/sbin/criu} (what
 * {@code .ci/criu-up.sh} installs) or the PATH, and counts only when {@code criu check} passes
 * (root, a kernel CRIU supports). Tasks share the agent's session, hence {@code --shell-job}.
 */
final class CriuCheckpointer {
  private static final List<String> WELL_KNOWN =
      List.of("/opt/criu/sbin/criu", "/usr/local/sbin/criu", "/usr/sbin/criu");
  private final Path binary;
  private final String version;

  private CriuCheckpointer(Path binary, String version) {
    this.binary = binary;
    this.version = version;
  }

  /** A working CRIU on this node, or empty (the node then cannot take part in migrations). */
  static Optional<CriuCheckpointer> locate() {
    List<String> candidates = new ArrayList<>();
    String configured =
        System.getProperty("computility.agent.criu", System.getenv("COMPUTILITY_CRIU"));
    if (configured != null && !configured.isBlank()) candidates.add(configured);
    else {
      candidates.addAll(WELL_KNOWN);
      String path = System.getenv().getOrDefault("PATH", "");
      for (String d : path.split(":")) if (!d.isBlank()) candidates.add(d + "/criu");
    }
    for (String c : candidates) {
      Path p = Path.of(c);
      if (!Files.isExecutable(p)) continue;
      try {
        if (run(List.of(c, "check"), null, 30).exit != 0) continue;
        String v = run(List.of(c, "--version"), null, 10).output.lines().findFirst().orElse("");
        return Optional.of(new CriuCheckpointer(p, "criu " + v.replace("Version:", "").strip()));
      } catch (IOException e) {
        // not usable; try the next one
      }
    }
    return Optional.empty();
  }

  /** What the agent reports to the controller, e.g. {@code criu 4.1.1}. */
  String version() {
    return version;
  }

  /** Dumps the tree rooted at {@code pid} into {@code images}; the tree is gone afterwards. */
  void dump(long pid, Path images) throws IOException {
    Files.createDirectories(images);
    Result r =
        run(
            List.of(
                binary.toString(),
                "dump",
                "-t",
                Long.toString(pid),
                "-D",
                images.toString(),
                "--shell-job",
                "-o",
                "dump.log"),
            null,
            120);
    if (r.exit != 0)
      throw new IOException("criu dump failed: " + errors(images.resolve("dump.log")));
  }

  /** Restores the tree saved in {@code images} detached from the agent; answers its root pid. */
  long restore(Path images) throws IOException {
    Path pidFile = images.resolve("restored.pid");
    Files.deleteIfExists(pidFile);
    Result r =
        run(
            List.of(
                binary.toString(),
                "restore",
                "-D",
                images.toString(),
                "--shell-job",
                "-d",
                "--pidfile",
                pidFile.toString(),
                "-o",
                "restore.log"),
            null,
            120);
    if (r.exit != 0) {
      throw new IOException("criu restore failed: " + errors(images.resolve("restore.log")));
    }
    return Long.parseLong(Files.readString(pidFile).trim());
  }

  /** The error lines of a CRIU log (the harmless RLIMIT_NOFILE one left out). */
  private static String errors(Path log) {
    try {
      List<String> lines =
          Files.readAllLines(log).stream()
              .filter(l -> l.contains("Error") && !l.contains("RLIMIT_NOFILE"))
              .toList();
      return lines.isEmpty() ? "see " + log : String.join("; ", lines);
    } catch (IOException e) {
      return "no log at " + log;
    }
  }

  private record Result(int exit, String output) {}

  private static Result run(List<String> cmd, Path dir, int timeoutSeconds) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    if (dir != null) pb.directory(dir.toFile());
    Process p = pb.start();
    try {
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(cmd.get(0) + " " + cmd.get(1) + " timed out");
      }
      return new Result(p.exitValue(), out);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
