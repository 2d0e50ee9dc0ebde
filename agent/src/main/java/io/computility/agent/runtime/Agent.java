package io.computility.agent.runtime;

import io.computility.agent.device.AcceleratorDevice;
import io.computility.agent.device.DeviceProvider;
import io.computility.agent.device.DeviceProviders;
import io.computility.agent.enforce.EnforcementBackend;
import io.computility.agent.enforce.EnforcementBackends;
import io.computility.pool.wire.AgentProtocol;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The node agent: registers its cards, then heartbeats with what it runs and does what the reply
 * says. It keeps its tasks running while the controller is away and registers again when the
 * controller no longer knows it, so components may start and restart in any order (POOL-8.1).
 */
public final class Agent {
  /**
   * The agent's version; a distribution may mark itself with {@code -Dcomputility.agent.version}.
   */
  static final String VERSION = System.getProperty("computility.agent.version", "0.1.0");

  private static final Logger LOG = Logger.getLogger(Agent.class.getName());
  private final AgentOptions options;
  private final String agentId = UUID.randomUUID().toString();
  private final List<DeviceProvider> providers = new ArrayList<>();
  private final EnforcementBackend backend;
  private final ControllerClient controller;
  private final TaskRunner runner;
  private volatile boolean running = true;
  private volatile boolean upgrading;
  private final AgentSettings settings;
  private final TaskMigrator migrator;

  /**
   * False for an agent inside another process ({@link AgentMain#create}): a gray upgrade would
   * start a new agent process and end this one, so it is logged and ignored instead.
   */
  volatile boolean upgradable = true;

  private String ignoredUpgrade;

  Agent(AgentOptions options) throws IOException {
    this.options = options;
    for (String spec : options.devices()) {
      int colon = spec.indexOf(':');
      String provider = colon < 0 ? spec : spec.substring(0, colon);
      Map<String, String> config = colon < 0 ? Map.of() : Map.of("file", spec.substring(colon + 1));
      providers.add(DeviceProviders.create(provider, config));
    }
    Files.createDirectories(options.workDir());
    this.backend =
        EnforcementBackends.create(
            options.backend(),
            Map.of("limitsDirectory", options.workDir().resolve("limits").toString()));
    this.controller = new ControllerClient(options.controller(), options.name(), options.token());
    this.runner = new TaskRunner(backend, options.name(), options.workDir());
    runner.remote = new RemoteSlices(remoteServer(options), options.name(), runner.logs);
    this.migrator =
        new TaskMigrator(
            CriuCheckpointer.locate(),
            runner,
            controller,
            options.workDir().resolve("checkpoints"));
    Files.writeString(
        options.workDir().resolve("agent.pid"), Long.toString(ProcessHandle.current().pid()));
    this.settings =
        new AgentSettings(options.heartbeat() == null ? 2000 : options.heartbeat().toMillis());
  }

  /** Runs until {@link #shutdown}; never returns on its own unless the node is removed. */
  public void run() throws InterruptedException {
    boolean registered = false;
    while (running) {
      try {
        List<AgentProtocol.AgentDevice> devices = discover();
        AgentProtocol.HeartbeatReply reply;
        if (!registered) {
          reply =
              controller.register(
                  new AgentProtocol.Register(
                      options.name(),
                      agentId,
                      VERSION,
                      backend.name(),
                      devices,
                      List.copyOf(runner.adopted),
                      runner.remote.endpoint()));
          registered = true;
          LOG.info("registered node " + options.name() + " with " + devices.size() + " card(s)");
        }
        reply =
            controller.heartbeat(
                new AgentProtocol.Heartbeat(
                    agentId,
                    devices,
                    runner.reports(),
                    settings.current(),
                    runner.remote.endpoint(),
                    migrator.capability()));
        if (reply != null) {
          if (options.heartbeat() == null && reply.heartbeatMs() > 0)
            settings.defaultHeartbeat(reply.heartbeatMs());
          settings.apply(reply.config());
          if (reply.upgrade() != null
              && !upgradable
              && !reply.upgrade().version().equals(ignoredUpgrade)) {
            ignoredUpgrade = reply.upgrade().version();
            LOG.warning(
                "upgrade to "
                    + ignoredUpgrade
                    + " ignored: this agent runs inside another process and upgrades with it");
          }
          if (upgradable && reply.upgrade() != null && !VERSION.equals(reply.upgrade().version())) {
            flushLogs();
            upgrading = true;
            if (Upgrader.reexec(reply.upgrade())) return;
            upgrading = false;
          }
          if (reply.removed()) {
            LOG.info("node removed from the pool; agent stops");
            return;
          }
          if (reply.reregister()) registered = false;
          if (reply.commands() != null) {
            for (AgentProtocol.Command c : reply.commands())
              if (!migrator.apply(c)) runner.apply(c);
          }
        }
        flushLogs();
      } catch (IOException | RuntimeException e) {
        LOG.warning("controller unreachable or refused: " + e.getMessage());
        // tasks keep running; the next heartbeat retries and re-registers when asked
      }
      Thread.sleep(settings.heartbeatMs());
    }
  }

  private void flushLogs() throws IOException {
    List<AgentProtocol.AgentLog> batch = new ArrayList<>();
    AgentProtocol.AgentLog l;
    long chars = 0; // bounded so that a batch stays far below the controller's body limit
    while (batch.size() < 500 && chars < 128 * 1024 && (l = runner.logs.peek()) != null) {
      batch.add(runner.logs.poll());
      chars += l.line().length();
    }
    if (!batch.isEmpty()) controller.logs(new AgentProtocol.LogBatch(batch));
  }

  private List<AgentProtocol.AgentDevice> discover() throws IOException {
    List<AgentProtocol.AgentDevice> out = new ArrayList<>();
    for (DeviceProvider p : providers) {
      for (AcceleratorDevice d : p.discover()) {
        out.add(
            new AgentProtocol.AgentDevice(
                d.index(), d.uuid(), d.vendor(), d.model(), d.memoryMb(), d.healthy()));
      }
    }
    return out;
  }

  /** Stops the loop and every task this agent started. */
  public void shutdown() {
    running = false;
    // An agent replaced by its upgrade leaves its tasks to the new one (POOL-T12.22).
    if (!upgrading) runner.stopAll();
    runner.remote.stopAll();
  }

  /** The server for remote slices when {@code --remote-listen} asks for one (POOL-T12.3). */
  private static io.computility.agent.remote.RemoteDeviceServer remoteServer(AgentOptions o)
      throws IOException {
    if (o.remoteListen() == null) return null;
    int colon = o.remoteListen().lastIndexOf(':');
    String host = colon <= 0 ? "0.0.0.0" : o.remoteListen().substring(0, colon);
    int port = Integer.parseInt(o.remoteListen().substring(colon + 1));
    String advertise = o.remoteAdvertise();
    if (advertise == null) {
      advertise =
          host.equals("0.0.0.0")
              ? java.net.InetAddress.getLocalHost().getCanonicalHostName()
              : host;
    }
    return io.computility.agent.remote.RemoteDeviceServer.start(host, port, advertise);
  }
}
