package io.computility.agent.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The agent's command line: {@code --controller URL --name NODE --devices PROVIDER[:FILE] ...
 * [--token cty_...] [--backend accounting] [--work-dir DIR] [--heartbeat 2s] [--remote-listen
 * HOST:PORT [--remote-advertise HOST]]}.
 *
 * @param devices provider specs such as {@code fake:/etc/cards.yaml} or {@code nvidia}
 * @param token the machine token sent as {@code Authorization: Bearer}; {@code --token} or else the
 *     environment variable {@code COMPUTILITY_TOKEN}
 * @param heartbeat the interval until the controller names one, or null to follow the controller
 * @param remoteListen where to serve slices to tasks on other nodes (POOL-T12.3), null for not
 * @param remoteAdvertise the host name other nodes reach that server by, null to derive it
 */
record AgentOptions(
    String controller,
    String name,
    List<String> devices,
    String token,
    String backend,
    Path workDir,
    Duration heartbeat,
    String remoteListen,
    String remoteAdvertise) {

  /** {@code 200ms}, {@code 2s} or an ISO-8601 duration. */
  static Duration duration(String v) {
    if (v.endsWith("ms")) return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
    if (v.endsWith("s") && !v.startsWith("P")) {
      return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
    }
    return Duration.parse(v);
  }

  /** The environment variable read when {@code --token} is not given. */
  static final String TOKEN_ENV = "COMPUTILITY_TOKEN";

  static AgentOptions parse(String[] args) {
    return parse(args, System.getenv());
  }

  static AgentOptions parse(String[] args, Map<String, String> env) {
    String controller = null;
    String token = env.get(TOKEN_ENV);
    String name = null;
    List<String> devices = new ArrayList<>();
    String backend = "accounting";
    Path workDir = null;
    Duration heartbeat = null;
    String remoteListen = null;
    String remoteAdvertise = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) throw new IllegalArgumentException(a + " needs a value");
      String v = args[++i];
      switch (a) {
        case "--controller" -> controller = v;
        case "--name" -> name = v;
        case "--devices" -> devices.addAll(List.of(v.split(",")));
        case "--token" -> token = v;
        case "--backend" -> backend = v;
        case "--work-dir" -> workDir = Path.of(v);
        case "--heartbeat" -> heartbeat = duration(v);
        case "--remote-listen" -> remoteListen = v;
        case "--remote-advertise" -> remoteAdvertise = v;
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    if (controller == null) throw new IllegalArgumentException("--controller is required");
    if (name == null || name.isBlank()) throw new IllegalArgumentException("--name is required");
    if (devices.isEmpty()) throw new IllegalArgumentException("--devices is required");
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("--token (or " + TOKEN_ENV + ") is required");
    }
    if (workDir == null)
      workDir = Path.of(System.getProperty("java.io.tmpdir"), "computility-agent-" + name);
    if (remoteListen != null && !remoteListen.matches(".*:\\d+")) {
      throw new IllegalArgumentException("--remote-listen must be HOST:PORT, was " + remoteListen);
    }
    return new AgentOptions(
        controller,
        name,
        devices,
        token,
        backend,
        workDir,
        heartbeat,
        remoteListen,
        remoteAdvertise);
  }
}
