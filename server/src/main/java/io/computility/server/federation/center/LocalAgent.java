package io.computility.server.federation.center;

import io.computility.agent.runtime.Agent;
import io.computility.agent.runtime.AgentMain;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local node agent of {@code computility up}: the production agent ({@link Agent}, the same
 * code as {@code computility agent}) on a daemon thread of the server, with fake cards from {@code
 * <dataDir>/local-agent/cards.yaml} and its work directory beside it. It ends with the server: its
 * tasks are stopped on close, and a task left by a killed server is adopted at the next start.
 */
final class LocalAgent implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(LocalAgent.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Agent agent;
  private final Thread thread;

  private LocalAgent(Agent agent, Thread thread) {
    this.agent = agent;
    this.thread = thread;
  }

  /** The agent's machine token, kept in {@code dir/token} (owner-only) across restarts. */
  static String token(Path dir) throws IOException {
    Path file = dir.resolve("token");
    if (Files.exists(file)) return Files.readString(file).strip();
    Files.createDirectories(dir);
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = "cty_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Files.writeString(file, token);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // the data directory's own permissions protect it
    }
    return token;
  }

  /** Starts node {@code name} reporting to {@code controller}; it registers at its first beat. */
  static LocalAgent start(Path dir, String controller, String name, String token)
      throws IOException {
    Path cards = dir.resolve("cards.yaml");
    if (!Files.exists(cards)) {
      Files.createDirectories(dir);
      try (InputStream demo = LocalAgent.class.getResourceAsStream("/local-cards.yaml")) {
        Files.copy(demo, cards);
      }
    }
    Agent agent =
        AgentMain.create(
            new String[] {
              "--controller", controller,
              "--name", name,
              "--devices", "fake:" + cards.toAbsolutePath(),
              "--token", token,
              "--work-dir", dir.resolve("work").toAbsolutePath().toString()
            });
    Thread t = new Thread(() -> run(agent), "local-agent");
    t.setDaemon(true);
    t.start();
    log.info("Local node agent '{}' started: fake cards in {} (edit it to add cards)", name, cards);
    return new LocalAgent(agent, t);
  }

  private static void run(Agent agent) {
    try {
      agent.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.warn("Local node agent stopped: {}", e.toString());
    }
  }

  /** Stops the agent's loop and its tasks. */
  @Override
  public void close() {
    agent.shutdown();
    thread.interrupt();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
