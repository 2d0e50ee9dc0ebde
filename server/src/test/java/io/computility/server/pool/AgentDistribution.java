package io.computility.server.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A second agent distribution for gray-upgrade tests: a copy of the agent's classes (from the test
 * class path, as classes or as the packaged jar) with {@code agent.properties} naming a version.
 * Used by {@code PoolUpgradeE2eTest} and the other gray-upgrade tests.
 */
final class AgentDistribution {
  private AgentDistribution() {}

  static Path make(String version) throws IOException {
    Path distribution = Files.createTempDirectory("agent-dist-" + version);
    Path classes = distribution.resolve("classes");
    List<String> classpath = new ArrayList<>();
    classpath.add(classes.toString());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      if (p.endsWith(Path.of("agent", "target", "classes"))) {
        copyTree(p, classes);
      } else if (p.getParent() != null
          && p.getParent().endsWith(Path.of("agent", "target"))
          && entry.endsWith(".jar")) {
        unzip(p, classes); // under `verify` the reactor puts the packaged agent jar here
      } else {
        classpath.add(entry);
      }
    }
    assertThat(classes.resolve("io/computility/agent/runtime/AgentMain.class")).exists();
    Files.writeString(
        distribution.resolve("agent.properties"),
        "version=" + version + "\nclasspath=" + String.join(File.pathSeparator, classpath) + "\n");
    return distribution;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path f : all.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) Files.createDirectories(target);
        else Files.copy(f, target);
      }
    }
  }

  private static void unzip(Path jarFile, Path to) throws IOException {
    try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(jarFile.toFile())) {
      for (var e : java.util.Collections.list(jar.entries())) {
        Path target = to.resolve(e.getName());
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          try (var in = jar.getInputStream(e)) {
            Files.copy(in, target);
          }
        }
      }
    }
  }
}
