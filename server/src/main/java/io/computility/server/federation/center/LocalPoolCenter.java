package io.computility.server.federation.center;

import io.computility.adapter.pool.PoolCenterAdapter;
import io.computility.adapter.pool.PoolConfig;
import io.computility.core.adapter.CenterAdapter;
import io.computility.core.center.Center;
import io.computility.core.center.CenterStatus;
import io.computility.server.identity.MachineTokens;
import io.computility.server.shared.config.ComputilityProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The quick start's real center (docs/operations.md): once the server serves, a node agent with
 * fake cards runs in it ({@link LocalAgent}) and joins this server's own accelerator pool, and that
 * pool joins the federation as the pool center {@value #CENTER_ID} with the image {@code shell} and
 * the spec {@code local-gpu-1x} ({@code local-center.yaml}), so that a job placed there runs its
 * command as a real process. {@code computility.quickstart.local-agent}: {@code auto} (default: on
 * when the server runs on its embedded PostgreSQL, i.e. a plain {@code computility up}), {@code
 * true} or {@code false}. Anything that goes wrong is logged and the server goes on without it.
 */
@Component
public class LocalPoolCenter implements DisposableBean {
  /** The center id (and pool node name) of the local node; demo products point at it. */
  public static final String CENTER_ID = "local";

  private static final Logger log = LoggerFactory.getLogger(LocalPoolCenter.class);
  private static final YAMLMapper YAML =
      YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final ComputilityProperties props;
  private final CenterRegistry registry;
  private final CatalogStore catalog;
  private final CatalogCache cache;
  private final CenterStore centers;
  private final MachineTokens machineTokens;
  private final Environment env;
  private final Clock clock;
  private final String mode;
  private volatile LocalAgent agent;

  public LocalPoolCenter(
      ComputilityProperties props,
      CenterRegistry registry,
      CatalogStore catalog,
      CatalogCache cache,
      CenterStore centers,
      MachineTokens machineTokens,
      Environment env,
      Clock clock,
      @Value("${computility.quickstart.local-agent:auto}") String mode) {
    this.props = props;
    this.registry = registry;
    this.catalog = catalog;
    this.cache = cache;
    this.centers = centers;
    this.machineTokens = machineTokens;
    this.env = env;
    this.clock = clock;
    this.mode = mode;
  }

  /**
   * Whether the setting asks for the local node: {@code auto} when the server runs on its embedded
   * PostgreSQL (no {@code spring.datasource.url}, {@code computility.embedded-database} on).
   */
  static boolean wanted(String mode, String datasourceUrl, boolean embeddedDatabase) {
    return switch (mode.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      case "auto" -> (datasourceUrl == null || datasourceUrl.isBlank()) && embeddedDatabase;
      default -> {
        log.warn(
            "computility.quickstart.local-agent must be auto, true or false, was '{}':"
                + " no local node agent",
            mode);
        yield false;
      }
    };
  }

  @EventListener(ApplicationReadyEvent.class)
  public synchronized void start() {
    if (agent != null) return;
    if (!wanted(mode, env.getProperty("spring.datasource.url"), props.embeddedDatabase())) {
      detachedUnavailable();
      return;
    }
    if (registry.get(CENTER_ID).isPresent()) {
      log.warn(
          "The topology declares a center '{}': the local node agent is not started", CENTER_ID);
      return;
    }
    String port = env.getProperty("local.server.port");
    if (port == null) {
      log.warn("No local HTTP port (not a web server): the local node agent is not started");
      return;
    }
    try {
      join(baseUrl(Integer.parseInt(port)));
    } catch (IOException | RuntimeException e) {
      log.warn(
          "The local node agent could not start ({}); the server goes on without the center '{}'."
              + " Set computility.quickstart.local-agent=false (or up --no-local-agent) to skip it.",
          e.toString(),
          CENTER_ID);
      try {
        stop(true);
      } catch (RuntimeException again) {
        log.warn("The local node agent did not stop cleanly: {}", again.toString());
      }
      detachedUnavailable();
    }
  }

  /**
   * A center {@value #CENTER_ID} left in the database by an earlier run, and not joined now, shows
   * as unavailable: at shutdown the embedded database may already be gone, so it is set here.
   */
  private void detachedUnavailable() {
    try {
      if (registry.get(CENTER_ID).isPresent()) return;
      for (Center c : centers.all()) {
        if (c.aiCenterId().equals(CENTER_ID) && c.status() != CenterStatus.UNAVAILABLE) {
          centers.setStatus(CENTER_ID, CenterStatus.UNAVAILABLE, clock.instant());
        }
      }
    } catch (RuntimeException e) {
      log.warn("Could not mark the detached center '{}' unavailable: {}", CENTER_ID, e.toString());
    }
  }

  private void join(String url) throws IOException {
    Path dir = props.dataDir().toAbsolutePath().resolve("local-agent");
    String token = props.security().agentToken();
    if (token.isBlank()) {
      token = LocalAgent.token(dir);
      machineTokens.registerAgentToken("local-agent", token);
    }
    agent = LocalAgent.start(dir, url, CENTER_ID, token);
    TopologyFile declared = declaration(url, token);
    for (TopologyFile.SpecEntry s : declared.specs()) {
      catalog.saveSpec(TopologyMapper.spec(s, clock.instant()), true);
    }
    cache.invalidate();
    PoolConfig config = TopologyMapper.pool(declared.centers().get(0), props.adapters());
    registry.join(new PoolCenterAdapter(config), "pool");
    log.info(
        "Center '{}' joined: jobs with image 'shell' and spec 'local-gpu-1x' (or pinnedCenters"
            + " [local]) run as real processes on this machine",
        CENTER_ID);
  }

  /** The center and its spec from {@code local-center.yaml}, pointed at this server. */
  static TopologyFile declaration(String url, String token) throws IOException {
    try (InputStream in = LocalPoolCenter.class.getResourceAsStream("/local-center.yaml")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return YAML.readValue(
          text.replace("@URL@", url).replace("@TOKEN@", token), TopologyFile.class);
    }
  }

  /** How this server is reached from itself: its bind address (loopback for any) and port. */
  private String baseUrl(int port) {
    String scheme = env.getProperty("server.ssl.enabled", Boolean.class, false) ? "https" : "http";
    String host = env.getProperty("server.address", "");
    if (host.isBlank() || host.equals("0.0.0.0") || host.equals("::")) host = "127.0.0.1";
    if (host.contains(":") && !host.startsWith("[")) host = "[" + host + "]";
    return scheme + "://" + host + ":" + port;
  }

  /**
   * Stops the agent and its tasks first, then takes the center out: {@code leave} also records it
   * as unavailable, which needs the database; at shutdown only its adapter is closed.
   */
  private synchronized void stop(boolean leave) {
    LocalAgent a = agent;
    agent = null;
    if (a == null) return;
    a.close();
    if (leave) registry.leave(CENTER_ID);
    else registry.adapter(CENTER_ID).ifPresent(CenterAdapter::close);
  }

  @Override
  public void destroy() {
    stop(false);
  }
}
