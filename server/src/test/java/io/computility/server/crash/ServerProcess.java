package io.computility.server.crash;

import io.computility.server.testsupport.TestAuth;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A real Computility server in its own JVM on the embedded default, for crash tests. */
public final class ServerProcess {
  public final int port;
  public final Process process;
  private String token;

  private ServerProcess(int port, Process process) {
    this.port = port;
    this.process = process;
  }

  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  public static ServerProcess start(Path dataDir, Path topology, int port, Path log)
      throws Exception {
    return start(dataDir, topology, port, log, List.of());
  }

  /** Starts a server with {@code extraArgs} ({@code --key=value}) after the defaults. */
  public static ServerProcess start(
      Path dataDir, Path topology, int port, Path log, List<String> extraArgs) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("io.computility.server.ComputilityServer");
    cmd.add("--server.port=" + port);
    cmd.add("--computility.data-dir=" + dataDir);
    cmd.add("--computility.topology=" + topology);
    cmd.add("--computility.scheduler.cycle=100ms");
    cmd.add("--computility.monitor.interval=200ms");
    cmd.add("--computility.monitor.reconcile-every=500ms");
    // these servers run on the embedded PostgreSQL, where the local node agent (center "local")
    // would start by default: the tests here want only their own topology's centers
    if (extraArgs.stream().noneMatch(a -> a.startsWith("--computility.quickstart.local-agent="))) {
      cmd.add("--computility.quickstart.local-agent=false");
    }
    cmd.addAll(extraArgs);
    ProcessBuilder pb = new ProcessBuilder(cmd);
    String[] env = TestAuth.adminPasswordEnv();
    pb.environment().put(env[0], env[1]);
    pb.environment().put("COMPUTILITY_AGENT_TOKEN", TestAuth.AGENT_TOKEN);
    Process p =
        pb.redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    ServerProcess s = new ServerProcess(port, p);
    s.awaitUp(Duration.ofSeconds(120));
    return s;
  }

  private void awaitUp(Duration max) throws Exception {
    long deadline = System.nanoTime() + max.toNanos();
    HttpClient http = HttpClient.newHttpClient();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive())
        throw new IllegalStateException("server exited with " + process.exitValue());
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) return;
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("server did not come up in " + max);
  }

  /** A bearer token of the bootstrap admin. */
  public synchronized String adminToken() {
    if (token == null) token = TestAuth.adminToken(port);
    return token;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** SIGKILL: no shutdown hook, no flush, exactly like kill -9. */
  public void kill9() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  public void stop() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }
}
