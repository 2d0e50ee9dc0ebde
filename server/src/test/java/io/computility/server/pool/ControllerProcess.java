package io.computility.server.pool;

import io.computility.server.testsupport.TestAuth;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;

/** A real controller (the server) in its own JVM on a given PostgreSQL database. */
final class ControllerProcess {
  final Process process;
  final int port;

  private ControllerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static ControllerProcess start(int port, String jdbcUrl, Path dir) throws Exception {
    Path topology = dir.resolve("topology.yaml");
    if (!Files.exists(topology)) {
      Files.copy(
          Paths.get(ControllerProcess.class.getResource("/topology/test-topology.yaml").toURI()),
          topology);
    }
    ProcessBuilder pb =
        new ProcessBuilder(
            List.of(
                AgentProcess.java(),
                "-cp",
                System.getProperty("java.class.path"),
                "io.computility.server.ComputilityServer",
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.hikari.minimum-idle=1",
                "--spring.datasource.password=",
                "--computility.data-dir=" + dir,
                "--computility.topology=" + topology,
                "--computility.pool.heartbeat=200ms",
                "--computility.pool.tick=100ms"));
    String[] admin = TestAuth.adminPasswordEnv();
    pb.environment().put(admin[0], admin[1]);
    pb.environment().put("COMPUTILITY_AGENT_TOKEN", TestAuth.AGENT_TOKEN);
    Process p =
        pb.redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(dir.resolve("controller.log").toFile()))
            .start();
    ControllerProcess c = new ControllerProcess(p, port);
    c.awaitUp(Duration.ofSeconds(120));
    return c;
  }

  private void awaitUp(Duration max) throws Exception {
    long deadline = System.nanoTime() + max.toNanos();
    HttpClient http = HttpClient.newHttpClient();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive())
        throw new IllegalStateException("controller exited " + process.exitValue());
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) return;
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("controller did not come up in " + max);
  }

  /** SIGKILL: no shutdown hook, like a crash. */
  void kill9() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  void stop() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }
}
