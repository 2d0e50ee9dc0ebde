package io.computility.agent.enforce;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * The live limits of one task: {@code core_percent} and {@code memory_mb} as Java properties.
 * Written to a temporary file and moved into place so a reader never sees half a file.
 */
public final class SliceLimitsFile {

  private SliceLimitsFile() {}

  /** The limits read back. */
  public record Limits(int corePercent, long memoryMb) {}

  public static void write(Path file, int corePercent, long memoryMb) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(temporary, "core_percent=" + corePercent + "\nmemory_mb=" + memoryMb + "\n");
    Files.move(
        temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  public static Limits read(Path file) throws IOException {
    Properties properties = new Properties();
    try (var in = Files.newBufferedReader(file)) {
      properties.load(in);
    }
    try {
      return new Limits(
          Integer.parseInt(properties.getProperty("core_percent", "").strip()),
          Long.parseLong(properties.getProperty("memory_mb", "").strip()));
    } catch (NumberFormatException e) {
      throw new IOException(file + ": core_percent and memory_mb must be whole numbers", e);
    }
  }
}
