package io.computility.server.shared.database;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The generated passwords of the embedded PostgreSQL: its superuser {@code postgres} (kept for
 * maintenance) and the application's owner role {@link #APP_ROLE}. Kept in {@code
 * computility.credentials} in its data directory, readable by the owner only (0600), and reused on
 * every start.
 */
record EmbeddedCredentials(String superPassword, String appPassword) {
  static final String APP_ROLE = "computility";
  static final String DATABASE = "computility";
  static final String FILE = "computility.credentials";
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  static Optional<EmbeddedCredentials> load(Path pgDir) throws IOException {
    Path file = pgDir.resolve(FILE);
    if (!Files.exists(file)) return Optional.empty();
    Files.setPosixFilePermissions(file, OWNER_ONLY);
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file)) {
      p.load(r);
    }
    return Optional.of(
        new EmbeddedCredentials(
            p.getProperty("superuser.password"), p.getProperty("app.password")));
  }

  /** New random passwords, written to the file (0600 from its creation) before they are used. */
  static EmbeddedCredentials create(Path pgDir) throws IOException {
    EmbeddedCredentials c = new EmbeddedCredentials(random(), random());
    Properties p = new Properties();
    p.setProperty("superuser.password", c.superPassword());
    p.setProperty("app.user", APP_ROLE);
    p.setProperty("app.password", c.appPassword());
    Path tmp = pgDir.resolve(FILE + ".tmp");
    Files.deleteIfExists(tmp);
    Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    try (Writer w = Files.newBufferedWriter(tmp)) {
      p.store(w, "embedded PostgreSQL passwords (generated; keep private)");
    }
    Files.move(tmp, pgDir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
    return c;
  }

  /** 32 random characters of [A-Za-z0-9_-]: safe inside an SQL string literal. */
  private static String random() {
    byte[] b = new byte[24];
    new SecureRandom().nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
