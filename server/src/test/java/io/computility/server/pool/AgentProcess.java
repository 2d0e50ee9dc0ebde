package io.computility.server.pool;

import io.computility.server.testsupport.TestAuth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real node agent in its own JVM, with fake cards declared in a file it re-reads. */
final class AgentProcess {
  final String name;
  final Path cards;
  final Process process;
  final Path log;

  private AgentProcess(String name, Path cards, Process process, Path log) {
    this.name = name;
    this.cards = cards;
    this.process = process;
    this.log = log;
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static AgentProcess start(String controller, String name, String cardsYaml) throws Exception {
    return start(controller, name, cardsYaml, List.of(), java.util.Map.of());
  }

  /**
   * {@code extra}: further agent options, such as {@code --remote-listen 127.0.0.1:0}; {@code env}:
   * extra environment for the agent (e.g. {@code COMPUTILITY_CRIU}).
   */
  static AgentProcess start(
      String controller,
      String name,
      String cardsYaml,
      List<String> extra,
      java.util.Map<String, String> env)
      throws Exception {
    Path dir = Files.createTempDirectory("agent-" + name);
    Path cards = dir.resolve("cards.yaml");
    Files.writeString(cards, cardsYaml);
    Path log = dir.resolve("agent.log");
    List<String> argv =
        new java.util.ArrayList<>(
            List.of(
                java(),
                "-Xmx96m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "io.computility.agent.runtime.AgentMain",
                "--controller",
                controller,
                "--name",
                name,
                "--devices",
                "fake:" + cards,
                "--token",
                TestAuth.AGENT_TOKEN,
                "--heartbeat",
                "200ms",
                "--work-dir",
                dir.resolve("work").toString()));
    argv.addAll(extra);
    ProcessBuilder pb =
        new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    return new AgentProcess(name, cards, p, log);
  }

  /** Rewrites the card file: the agent reports the change at its next heartbeat (hot-plug). */
  void cards(String yaml) throws Exception {
    Files.writeString(cards, yaml);
  }

  /** The agent process now on the node: after an upgrade, the one that replaced the first. */
  java.util.Optional<ProcessHandle> current() throws java.io.IOException {
    Path pid = cards.getParent().resolve("work").resolve("agent.pid");
    if (!Files.exists(pid)) return java.util.Optional.empty();
    return ProcessHandle.of(Long.parseLong(Files.readString(pid).trim()));
  }

  /** SIGTERM: the agent stops its tasks and exits. */
  void stop() throws InterruptedException {
    try {
      var now = current();
      if (now.isPresent() && now.get().pid() != process.pid()) {
        now.get().destroy();
        now.get().onExit().get(15, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      // gone already
    }
    process.destroy();
    if (!process.waitFor(15, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  /** The bundled workload as a task command: holds {@code memoryMb} for {@code seconds}. */
  static List<String> workload(long memoryMb, int seconds) {
    return List.of(
        java(),
        "-Xmx" + (memoryMb + 64) + "m",
        "-XX:TieredStopAtLevel=1",
        "-cp",
        System.getProperty("java.class.path"),
        "io.computility.agent.workload.SliceWorkload",
        "--memory-mb",
        Long.toString(memoryMb),
        "--seconds",
        Integer.toString(seconds),
        "--step-ms",
        "200");
  }

  static String cards(String vendor, String model, long memoryMb, int count, String prefix) {
    return "cards:\n" + card(vendor, model, memoryMb, count, prefix);
  }

  static String card(String vendor, String model, long memoryMb, int count, String prefix) {
    return "  - vendor: "
        + vendor
        + "\n    model: "
        + model
        + "\n    memoryMb: "
        + memoryMb
        + "\n    count: "
        + count
        + "\n    uuidPrefix: "
        + prefix
        + "\n";
  }
}
