package io.computility.sim.pool;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Where the openb CSVs are: $OPENB_DIR, else the shared data folder; tests skip without them. */
final class OpenbData {

  private OpenbData() {}

  static Path file(String name) {
    String env = System.getenv("OPENB_DIR");
    Path dir = env == null || env.isBlank() ? Options.DEFAULT_DATA : Path.of(env);
    Path f = dir.resolve(name);
    Assumptions.assumeTrue(Files.isRegularFile(f), "openb data not found: " + f);
    return f;
  }
}
