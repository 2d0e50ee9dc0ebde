package io.computility.agent.runtime;

import io.computility.pool.wire.AgentProtocol;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Gray upgrade of the agent (POOL-T12.22): starts the new version from a distribution directory
 * (its {@code agent.properties} names {@code version} and {@code classpath}) with the same JVM
 * options and arguments; the caller then exits without stopping its tasks, which the new agent
 * adopts from their state files.
 */
final class Upgrader {
  private static final Logger LOG = Logger.getLogger(Upgrader.class.getName());

  /** The arguments this agent was started with. */
  static volatile String[] args = new String[0];

  private Upgrader() {}

  /** Starts the new agent; answers whether it did (false: bad distribution, logged). */
  static boolean reexec(AgentProtocol.AgentUpgrade u) {
    try {
      Path dist = Path.of(u.distribution());
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(dist.resolve("agent.properties"))) {
        p.load(r);
      }
      if (!u.version().equals(p.getProperty("version"))) {
        LOG.warning(
            "upgrade refused: "
                + dist
                + " holds version "
                + p.getProperty("version")
                + ", not "
                + u.version());
        return false;
      }
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
        if (!a.startsWith("-Dcomputility.agent.version=")) cmd.add(a);
      }
      cmd.add("-Dcomputility.agent.version=" + u.version());
      cmd.add("-cp");
      cmd.add(p.getProperty("classpath"));
      cmd.add(AgentMain.class.getName());
      cmd.addAll(List.of(args));
      Process next = new ProcessBuilder(cmd).inheritIO().start();
      LOG.info(
          "upgrading from "
              + Agent.VERSION
              + " to "
              + u.version()
              + ": new agent pid "
              + next.pid()
              + "; this agent exits and leaves its tasks running");
      return true;
    } catch (IOException | RuntimeException e) {
      LOG.warning("upgrade to " + u.version() + " failed: " + e);
      return false;
    }
  }
}
