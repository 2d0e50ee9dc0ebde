package io.computility.agent.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A checkpoint travels between nodes as one tar file (through the controller), so nodes need not
 * share a file system. The system's {@code tar} keeps CRIU's sparse page files compact.
 */
final class CheckpointArchive {
  private CheckpointArchive() {}

  static void pack(Path dir, Path tar) throws IOException {
    Files.deleteIfExists(tar);
    tar(List.of("tar", "-C", dir.toString(), "-S", "-cf", tar.toString(), "."));
  }

  static void unpack(Path tar, Path dir) throws IOException {
    TaskStateFile.delete(dir);
    Files.createDirectories(dir);
    tar(List.of("tar", "-C", dir.toString(), "-xf", tar.toString()));
  }

  private static void tar(List<String> cmd) throws IOException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try {
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new IOException(String.join(" ", cmd) + " failed: " + out.strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
