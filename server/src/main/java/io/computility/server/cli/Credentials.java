package io.computility.server.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * Tokens stored by {@code computility login}, one per server URL, in {@code
 * ~/.computility/credentials} (or {@code $COMPUTILITY_CREDENTIALS}), readable by the owner only.
 * {@code $COMPUTILITY_TOKEN} overrides the file (CI, agents).
 */
final class Credentials {
  private final Path file;

  Credentials(Path file) {
    this.file = file;
  }

  static Credentials standard() {
    String env = System.getenv("COMPUTILITY_CREDENTIALS");
    String prop = System.getProperty("computility.credentials");
    Path p =
        env != null && !env.isBlank()
            ? Paths.get(env)
            : prop != null
                ? Paths.get(prop)
                : Paths.get(System.getProperty("user.home"), ".computility", "credentials");
    return new Credentials(p);
  }

  /** The token to send to {@code server}: $COMPUTILITY_TOKEN, else the stored one, else null. */
  String token(String server) {
    String env = System.getenv("COMPUTILITY_TOKEN");
    if (env != null && !env.isBlank()) return env.strip();
    return load().getProperty(key(server));
  }

  void store(String server, String token) throws IOException {
    Properties p = load();
    p.setProperty(key(server), token);
    save(p);
  }

  boolean remove(String server) throws IOException {
    Properties p = load();
    boolean had = p.remove(key(server)) != null;
    save(p);
    return had;
  }

  Path file() {
    return file;
  }

  private Properties load() {
    Properties p = new Properties();
    if (Files.isRegularFile(file)) {
      try (Reader r = Files.newBufferedReader(file)) {
        p.load(r);
      } catch (IOException e) {
        throw new ServerError("cannot read " + file + ": " + e.getMessage());
      }
    }
    return p;
  }

  private void save(Properties p) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    if (!Files.exists(file)) {
      Files.createFile(file);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the user profile's ACL protects it
      }
    }
    try (Writer w = Files.newBufferedWriter(file)) {
      p.store(w, "computility login tokens");
    }
  }

  private static String key(String server) {
    return server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
  }
}
