package io.computility.server.pool;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Whether CRIU can checkpoint and restore a process on this machine at all: {@code criu check}
 * passing is not enough evidence (a machine may pass it and still refuse every dump), so a plain
 * {@code sleep} is dumped and restored the way the agent does it ({@code --shell-job}, output in a
 * file). The migration tests tell "CRIU cannot work here" apart from "our migration is broken" by
 * it.
 */
final class CriuTrial {
  private CriuTrial() {}

  /** Null when the trial passed, else why it failed (CRIU's error lines). */
  static String run(String criu) throws Exception {
    Path dir = Files.createTempDirectory("criu-trial");
    Path images = Files.createDirectories(dir.resolve("images"));
    Process sleep =
        new ProcessBuilder("sleep", "120")
            .directory(dir.toFile())
            .redirectInput(new File("/dev/null"))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("out.log").toFile())
            .start();
    long restored = -1;
    try {
      String dump =
          criu(criu, List.of("dump", "-t", Long.toString(sleep.pid())), images, "dump.log");
      if (dump != null) return "criu dump of a sleep failed: " + dump;
      sleep.waitFor(10, TimeUnit.SECONDS); // reaped, so its pid is free for the restore
      Path pidFile = dir.resolve("restored.pid");
      String restore =
          criu(
              criu,
              List.of("restore", "-d", "--pidfile", pidFile.toString()),
              images,
              "restore.log");
      if (restore != null) return "criu restore of a sleep failed: " + restore;
      restored = Long.parseLong(Files.readString(pidFile).trim());
      return null;
    } finally {
      sleep.destroyForcibly();
      if (restored > 0) ProcessHandle.of(restored).ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  /**
   * Writes the outcome to {@code target/criu-trial.txt}, which {@code .ci/run} prints after the
   * build: a skip's reason would otherwise sit only in the surefire reports, which CI keeps
   * nowhere.
   */
  static void record(String refused) throws IOException {
    Path target = Path.of("target");
    if (!Files.isDirectory(target)) return;
    Files.writeString(
        target.resolve("criu-trial.txt"),
        refused == null ? "CRIU trial passed: a sleep was dumped and restored" : refused);
  }

  /** Runs one CRIU command on the images; null when it succeeded, else its error lines. */
  private static String criu(String criu, List<String> args, Path images, String log)
      throws IOException, InterruptedException {
    List<String> cmd = new java.util.ArrayList<>();
    cmd.add(criu);
    cmd.addAll(args);
    cmd.addAll(List.of("-D", images.toString(), "--shell-job", "-o", log));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return "timed out";
    }
    if (p.exitValue() == 0) return null;
    Path logFile = images.resolve(log);
    String errors =
        Files.exists(logFile)
            ? Files.readAllLines(logFile).stream()
                .filter(l -> l.contains("Error"))
                .collect(Collectors.joining("; "))
            : "";
    return "exit " + p.exitValue() + ": " + (errors.isEmpty() ? out.strip() : errors);
  }
}
