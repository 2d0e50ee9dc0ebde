package io.computility.server.pool;

import io.computility.server.shared.config.ComputilityProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.stereotype.Component;

/**
 * Checkpoint archives in transit between a migration's source and target agents (POOL-T12.23): one
 * tar per task, on the controller's disk, so that the nodes need not share a file system.
 */
@Component
public class CheckpointImages {
  private final Path dir;

  public CheckpointImages(ComputilityProperties props) {
    Path configured = props.pool().checkpointDir();
    this.dir =
        configured != null
            ? configured
            : Path.of(System.getProperty("java.io.tmpdir"), "computility-checkpoints");
  }

  /** Stores an upload; answers its size in bytes. Written aside and moved, never half there. */
  long store(String taskId, InputStream in) throws IOException {
    Files.createDirectories(dir);
    Path part = dir.resolve(taskId + ".tar.part");
    long n = Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
    Files.move(part, file(taskId), StandardCopyOption.REPLACE_EXISTING);
    return n;
  }

  Path file(String taskId) {
    return dir.resolve(taskId + ".tar");
  }

  boolean exists(String taskId) {
    return Files.isRegularFile(file(taskId));
  }

  void delete(String taskId) {
    try {
      Files.deleteIfExists(file(taskId));
    } catch (IOException e) {
      // a leftover archive is only disk space
    }
  }
}
