package io.computility.server.federation.center;

import io.computility.adapter.kubernetes.KubernetesCenter;
import io.computility.adapter.peer.PeerCenterAdapter;
import io.computility.adapter.peer.PeerConfig;
import io.computility.adapter.pool.PoolCenterAdapter;
import io.computility.adapter.pool.PoolConfig;
import io.computility.adapter.sim.SimCenter;
import io.computility.adapter.sim.SimCenterConfig;
import io.computility.adapter.slurm.SlurmCenter;
import io.computility.adapter.slurm.SlurmConfig;
import io.computility.core.catalog.Dataset;
import io.computility.core.catalog.ResourceSpec;
import io.computility.server.shared.config.ComputilityProperties;
import io.computility.server.shared.loop.DaemonThreads;
import io.computility.server.shared.loop.Periodic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Keeps the federation in step with the topology file: on start, and whenever the file changes, sim
 * centers that appear join, centers that disappear leave, changed centers are rebuilt (their
 * journal carries running replicas over), and specs and datasets not yet known are added (edits
 * made through the API are kept). The first start copies the demo topology into the data folder.
 */
@Component
public class TopologyLoader extends Periodic
    implements org.springframework.beans.factory.DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(TopologyLoader.class);
  private static final YAMLMapper YAML =
      YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final ComputilityProperties props;
  private final CenterRegistry registry;
  private final CatalogStore catalog;
  private final CatalogCache cache;
  private final Clock clock;
  private final Map<String, Object> loaded = new HashMap<>();
  private final ScheduledExecutorService simThreads =
      Executors.newScheduledThreadPool(2, DaemonThreads.named("sim-centers"));
  private FileTime lastModified;

  public TopologyLoader(
      ComputilityProperties props,
      CenterRegistry registry,
      CatalogStore catalog,
      CatalogCache cache,
      Clock clock) {
    super("topology", props.monitor().topologyCheck());
    this.props = props;
    this.registry = registry;
    this.catalog = catalog;
    this.cache = cache;
    this.clock = clock;
  }

  /** Centers join before the scheduling, dispatch and monitoring loops start. */
  @Override
  public int getPhase() {
    return DEFAULT_PHASE - 100;
  }

  @Override
  public void start() {
    try {
      Path file = ensureFile();
      apply(read(file));
      lastModified = Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read topology " + props.topologyFile(), e);
    }
    super.start();
  }

  @Override
  protected void runOnce() throws IOException {
    Path file = props.topologyFile();
    if (!Files.exists(file)) return;
    FileTime t = Files.getLastModifiedTime(file);
    if (t.equals(lastModified)) return;
    lastModified = t;
    try {
      apply(read(file));
      log.info("Topology {} reloaded", file);
    } catch (RuntimeException e) {
      log.error("Topology {} not applied, the previous one stays: {}", file, e.getMessage());
    }
  }

  /**
   * The sim centers' threads outlive stop/start of the loop (a paused test context is started
   * again), and end with the application.
   */
  @Override
  public void destroy() {
    simThreads.shutdownNow();
  }

  private Path ensureFile() throws IOException {
    Path file = props.topologyFile();
    if (Files.exists(file)) return file;
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (InputStream demo = getClass().getResourceAsStream("/demo-topology.yaml")) {
      Files.copy(demo, file);
    }
    log.info("Created {} from the demo topology; edit it to change the centers", file);
    return file;
  }

  /** The adapter configuration of one entry, by its {@code type}. */
  private Object config(TopologyFile.CenterEntry c) {
    String type = c.type() == null ? "sim" : c.type();
    return switch (type) {
      case "sim" -> TopologyMapper.center(c);
      case "peer" -> TopologyMapper.peer(c, props.adapters());
      case "pool" -> TopologyMapper.pool(c, props.adapters());
      case "slurm" -> TopologyMapper.slurm(c, props.adapters());
      case "kubernetes" -> TopologyMapper.kubernetes(c, props.adapters());
      default ->
          throw new IllegalArgumentException(
              "centers["
                  + c.id()
                  + "].type must be sim, peer, pool, slurm or kubernetes, was "
                  + type);
    };
  }

  private static TopologyFile read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return YAML.readValue(in, TopologyFile.class);
    }
  }

  private synchronized void apply(TopologyFile t) {
    Instant now = clock.instant();
    if (t.specs() != null) {
      for (TopologyFile.SpecEntry s : t.specs()) {
        ResourceSpec spec = TopologyMapper.spec(s, now);
        catalog.saveSpec(spec, true);
      }
    }
    if (t.datasets() != null) {
      for (TopologyFile.DatasetEntry d : t.datasets()) {
        Dataset ds = TopologyMapper.dataset(d, now);
        catalog.saveDataset(ds, true);
      }
    }
    cache.invalidate();
    Map<String, Object> wanted = new LinkedHashMap<>();
    if (t.centers() != null) {
      for (TopologyFile.CenterEntry c : t.centers()) wanted.put(c.id(), config(c));
    }
    double scale = t.timeScale() == null ? 1.0 : t.timeScale();
    for (String gone : loaded.keySet().stream().filter(id -> !wanted.containsKey(id)).toList()) {
      registry.leave(gone);
      loaded.remove(gone);
    }
    wanted.forEach(
        (id, cfg) -> {
          if (cfg.equals(loaded.get(id))) return;
          if (cfg instanceof PeerConfig peer) {
            registry.join(new PeerCenterAdapter(peer), "peer");
          } else if (cfg instanceof PoolConfig pool) {
            registry.join(new PoolCenterAdapter(pool), "pool");
          } else if (cfg instanceof SlurmConfig slurm) {
            registry.join(new SlurmCenter(slurm), "slurm");
          } else if (cfg instanceof TopologyMapper.KubernetesTarget k8s) {
            registry.join(KubernetesCenter.connect(k8s.connection(), k8s.config()), "kubernetes");
          } else {
            SimCenter center =
                SimCenter.builder((SimCenterConfig) cfg)
                    .scheduler(simThreads)
                    .timeScale(scale)
                    .journal(props.dataDir().resolve("sim-journal"))
                    .build();
            registry.join(center, "sim");
          }
          loaded.put(id, cfg);
        });
  }
}
