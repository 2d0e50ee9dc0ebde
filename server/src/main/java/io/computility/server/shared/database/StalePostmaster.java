package io.computility.server.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * After the platform was killed (kill -9) its embedded PostgreSQL keeps running, orphaned, and
 * holds the data directory. This stops such a leftover before a new one starts; PostgreSQL's own
 * crash recovery then replays its WAL, so nothing committed is lost.
 */
final class StalePostmaster {
  private StalePostmaster() {}

  static void stopIfRunning(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) return;
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty()) return;
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      return;
    }
    Optional<ProcessHandle> p = ProcessHandle.of(pid);
    if (p.isEmpty() || !isPostgres(p.get())) return;
    // SIGTERM is PostgreSQL's "smart" shutdown; fall back to SIGKILL (crash recovery replays WAL).
    p.get().destroy();
    try {
      p.get().onExit().get(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      p.get().destroyForcibly();
    }
  }

  private static boolean isPostgres(ProcessHandle p) {
    return p.info().command().map(c -> c.contains("postgres")).orElse(true);
  }
}
