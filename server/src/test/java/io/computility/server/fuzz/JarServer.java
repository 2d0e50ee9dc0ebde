package io.computility.server.fuzz;

import io.computility.server.testsupport.TestAuth;
import io.computility.server.testsupport.TestPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The built {@code target/computility.jar} started with {@code computility up} in its own JVM, on a
 * fresh PostgreSQL database: exactly what an operator runs. Its log is kept so that a 5xx can be
 * traced to the exception the server logged for it.
 */
final class JarServer implements AutoCloseable {
  static final Path JAR = Paths.get("target", "computility.jar");

  final int port;
  final Path log;
  private final Process process;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private JarServer(int port, Path log, Process process) {
    this.port = port;
    this.log = log;
    this.process = process;
  }

  static JarServer start(Path dir) throws Exception {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run it after package");
    }
    Path topology = dir.resolve("topology.yaml");
    Files.copy(
        Paths.get(JarServer.class.getResource("/topology/test-topology.yaml").toURI()), topology);
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of("-Xmx768m", "-jar", JAR.toAbsolutePath().toString(), "up"));
    cmd.addAll(List.of("--port", String.valueOf(port), "--data", dir.resolve("data").toString()));
    cmd.add("--spring.datasource.url=" + TestPostgres.newDatabase());
    cmd.add("--spring.datasource.username=postgres");
    cmd.add("--spring.datasource.password=");
    cmd.add("--computility.topology=" + topology);
    // every failed login of the run comes from 127.0.0.1: without this the per-client throttle
    // (LoginThrottleTest covers it) would make the run's own re-logins wait for minutes
    cmd.add("--computility.security.login-throttle.client-failures=1000000");
    // as in every @SpringBootTest (test resources config/application.properties): a nested
    // connection fails its request, so the run finds them as 5xx
    cmd.add("--computility.datasource.nested-connections=fail");
    ProcessBuilder pb = new ProcessBuilder(cmd);
    String[] admin = TestAuth.adminPasswordEnv();
    pb.environment().put(admin[0], admin[1]);
    pb.environment().put("COMPUTILITY_AGENT_TOKEN", TestAuth.AGENT_TOKEN);
    Path log = dir.resolve("server.log");
    Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    JarServer server = new JarServer(port, log, p);
    server.awaitHealthy(Duration.ofSeconds(180));
    return server;
  }

  String url(String pathAndQuery) {
    return "http://127.0.0.1:" + port + pathAndQuery;
  }

  /** True when the process lives and /actuator/health answers 200 within a few seconds. */
  boolean healthy() {
    if (!process.isAlive()) return false;
    try {
      HttpRequest r =
          HttpRequest.newBuilder(URI.create(url("/actuator/health")))
              .timeout(Duration.ofSeconds(10))
              .build();
      return http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void awaitHealthy(Duration max) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (!healthy()) {
      if (!process.isAlive()) throw new IllegalStateException("server exited; see " + log);
      if (System.nanoTime() > deadline) throw new IllegalStateException("server not up; " + log);
      Thread.sleep(250); // polling a starting process: nothing to wait on but the port
    }
  }

  /** The log's current length: lines written after it belong to the requests that follow. */
  long logMark() {
    try {
      return Files.size(log);
    } catch (IOException e) {
      return 0;
    }
  }

  /** The first exception line the server logged after {@code mark}, or "" when none. */
  String exceptionSince(long mark) {
    try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
      long len = f.length();
      if (len <= mark) return "";
      byte[] b = new byte[(int) Math.min(len - mark, 1 << 20)];
      f.seek(mark);
      f.readFully(b);
      for (String line : new String(b, StandardCharsets.UTF_8).split("\n")) {
        String t = line.strip();
        if (t.matches("^(Caused by: )?[a-z][\\w.$]*(Exception|Error)\\b.*")) {
          int error = t.indexOf("ERROR: "); // PostgreSQL's message, after the (long) SQL text
          if (error > 0) t = t.substring(0, t.indexOf(':')) + ": … " + t.substring(error);
          return t.length() > 300 ? t.substring(0, 300) + "…" : t;
        }
      }
      return "";
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
  }
}
