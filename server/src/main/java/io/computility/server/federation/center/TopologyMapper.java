package io.computility.server.federation.center;

import io.computility.adapter.kubernetes.KubernetesConfig;
import io.computility.adapter.kubernetes.KubernetesConnection;
import io.computility.adapter.peer.PeerConfig;
import io.computility.adapter.pool.PoolConfig;
import io.computility.adapter.sim.FailureInjection;
import io.computility.adapter.sim.SimCenterConfig;
import io.computility.adapter.sim.SimImage;
import io.computility.adapter.slurm.SlurmConfig;
import io.computility.core.catalog.Dataset;
import io.computility.core.catalog.DatasetLocation;
import io.computility.core.catalog.Image;
import io.computility.core.catalog.ResourceSpec;
import io.computility.core.center.CenterProfile;
import io.computility.core.center.GeoPoint;
import io.computility.core.center.NetworkLink;
import io.computility.core.resource.ResourceQuantity;
import io.computility.server.shared.config.ComputilityProperties;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.convert.DurationStyle;

/** Turns topology file entries into domain objects, naming the entry in every error. */
final class TopologyMapper {
  private TopologyMapper() {}

  static SimCenterConfig center(TopologyFile.CenterEntry c) {
    return named(
        c,
        () ->
            new SimCenterConfig(
                c.id(),
                nameOrId(c),
                c.region(),
                geometry(c),
                ResourceQuantity.parse(c.capacity() == null ? Map.of() : c.capacity()),
                c.prices() == null ? Map.of() : c.prices(),
                or(c.staticPowerWatts(), 0.0),
                or(c.execPowerWatts(), 0.0),
                or(c.performanceFactor(), 1.0),
                or(c.securityGrade(), 1),
                c.cardModel(),
                links(c),
                c.images() == null
                    ? List.of()
                    : c.images().stream().map(TopologyMapper::image).toList(),
                duration(c.defaultDuration(), Duration.ofSeconds(60)),
                c.failure() == null
                    ? FailureInjection.NONE
                    : new FailureInjection(
                        c.failure().probability(),
                        c.failure().seed(),
                        c.failure().failCommandsMatching()),
                duration(c.startDelay(), Duration.ZERO)));
  }

  /** A {@code type: peer} entry: a lower tier; its profile fields are declared here. */
  static PeerConfig peer(TopologyFile.CenterEntry c, ComputilityProperties.Adapters a) {
    return named(
        c,
        () -> {
          requireUrl(c, "url");
          if (c.capacity() != null || c.images() != null) {
            throw new IllegalArgumentException("capacity and images of a peer come from the peer");
          }
          return new PeerConfig(
              c.id(),
              c.name(),
              c.region(),
              geometry(c),
              profile(c),
              URI.create(c.url()),
              c.token(),
              a.callTimeout(),
              a.pollInterval(),
              a.backoff());
        });
  }

  /**
   * A {@code type: pool} entry: a Computility pool controller at {@code url}; its images are
   * declared here (the pool runs commands), its capacity comes from the pool.
   */
  static PoolConfig pool(TopologyFile.CenterEntry c, ComputilityProperties.Adapters a) {
    return named(
        c,
        () -> {
          requireUrl(c, "url");
          if (c.capacity() != null)
            throw new IllegalArgumentException("the capacity of a pool comes from the pool");
          if (c.images() == null || c.images().isEmpty())
            throw new IllegalArgumentException("images must list the images the pool offers");
          return new PoolConfig(
              c.id(),
              c.name(),
              c.region(),
              geometry(c),
              profile(c),
              URI.create(c.url()),
              c.token(),
              c.tenant(),
              images(c),
              a.callTimeout(),
              a.pollInterval(),
              a.backoff());
        });
  }

  /** A {@code type: slurm} entry: slurmrestd at {@code url}, settings under {@code slurm}. */
  static SlurmConfig slurm(TopologyFile.CenterEntry c, ComputilityProperties.Adapters a) {
    return named(
        c,
        () -> {
          requireUrl(c, "url (slurmrestd)");
          if (c.capacity() != null)
            throw new IllegalArgumentException("capacity of a Slurm center comes from its nodes");
          TopologyFile.SlurmEntry s = c.slurm();
          if (s == null || s.user() == null)
            throw new IllegalArgumentException("slurm.user is required");
          return new SlurmConfig(
              c.id(),
              nameOrId(c),
              c.region(),
              geometry(c),
              URI.create(c.url()),
              s.apiVersion() == null ? "v0.0.38" : s.apiVersion(),
              s.user(),
              c.token(),
              s.tokenCommand(),
              s.jwtKeyFile() == null ? null : Path.of(s.jwtKeyFile()),
              duration(s.tokenLifetime(), Duration.ofHours(1)),
              s.partition(),
              s.workingDirectory() == null ? "/tmp" : s.workingDirectory(),
              s.outputDirectory() == null ? "/tmp/computility-slurm" : s.outputDirectory(),
              s.localOutputDirectory() == null ? null : Path.of(s.localOutputDirectory()),
              s.gpuType(),
              duration(s.timeLimit(), Duration.ofHours(1)),
              a.callTimeout(),
              a.backoff(),
              a.pollInterval(),
              s.overSubscribe(),
              profile(c),
              images(c));
        });
  }

  /** A {@code type: kubernetes} entry: the connection and the adapter settings. */
  static KubernetesTarget kubernetes(TopologyFile.CenterEntry c, ComputilityProperties.Adapters a) {
    return named(
        c,
        () -> {
          if (c.capacity() != null)
            throw new IllegalArgumentException(
                "capacity of a Kubernetes center comes from its nodes");
          TopologyFile.KubernetesEntry k =
              c.kubernetes() == null
                  ? new TopologyFile.KubernetesEntry(null, null, null, null, null, null, null)
                  : c.kubernetes();
          GeoPoint at = geometry(c);
          KubernetesConnection conn =
              new KubernetesConnection(
                  k.kubeconfig() == null ? null : Path.of(k.kubeconfig()),
                  k.context(),
                  c.url(),
                  c.token(),
                  a.callTimeout());
          KubernetesConfig cfg =
              new KubernetesConfig(
                  c.id(),
                  nameOrId(c),
                  c.region(),
                  at,
                  k.namespace(),
                  k.scheduler(),
                  k.volcanoQueue(),
                  k.containerImages(),
                  duration(k.timeLimit(), null),
                  a.backoff(),
                  a.pollInterval(),
                  profile(c),
                  images(c));
          return new KubernetesTarget(conn, cfg);
        });
  }

  /** What {@code build} makes of entry {@code c}; a failure names the entry. */
  private static <T> T named(TopologyFile.CenterEntry c, Supplier<T> build) {
    try {
      return build.get();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("centers[" + c.id() + "]: " + e.getMessage(), e);
    }
  }

  private static void requireUrl(TopologyFile.CenterEntry c, String what) {
    if (c.url() == null || c.url().isBlank()) {
      throw new IllegalArgumentException(what + " is required");
    }
  }

  private static String nameOrId(TopologyFile.CenterEntry c) {
    return c.name() == null ? c.id() : c.name();
  }

  private static List<NetworkLink> links(TopologyFile.CenterEntry c) {
    return c.links() == null ? List.of() : c.links().stream().map(TopologyMapper::link).toList();
  }

  /** A Kubernetes center's connection and settings; equal targets need no rebuild. */
  record KubernetesTarget(KubernetesConnection connection, KubernetesConfig config) {}

  private static CenterProfile profile(TopologyFile.CenterEntry c) {
    return new CenterProfile(
        c.id(),
        c.prices() == null ? Map.of() : c.prices(),
        or(c.staticPowerWatts(), 0.0),
        or(c.execPowerWatts(), 0.0),
        or(c.performanceFactor(), 1.0),
        or(c.securityGrade(), 1),
        c.cardModel(),
        links(c));
  }

  /** Images a center declares in the topology (centers without an image registry of their own). */
  private static List<Image> images(TopologyFile.CenterEntry c) {
    if (c.images() == null) return List.of();
    return c.images().stream()
        .map(
            i ->
                new Image(
                    i.id(),
                    i.name() == null ? i.id() : i.name(),
                    c.id(),
                    i.baseOs() == null ? Map.of() : i.baseOs(),
                    i.framework() == null ? List.of() : i.framework(),
                    List.of(),
                    Instant.EPOCH,
                    Instant.EPOCH))
        .toList();
  }

  static ResourceSpec spec(TopologyFile.SpecEntry s, Instant now) {
    return new ResourceSpec(
        s.id(),
        s.name() == null ? s.id() : s.name(),
        s.quantity(),
        ResourceQuantity.parse(s.quantity()),
        s.serviceType() == null ? "batch" : s.serviceType(),
        s.price() == null ? java.math.BigDecimal.ZERO : s.price(),
        s.centers() == null ? List.of() : s.centers(),
        now,
        now);
  }

  static Dataset dataset(TopologyFile.DatasetEntry d, Instant now) {
    List<DatasetLocation> locs =
        d.location() == null
            ? List.of()
            : d.location().stream()
                .map(
                    l ->
                        new DatasetLocation(
                            l.url(),
                            l.access(),
                            l.centerId(),
                            l.successRate(),
                            l.rateLimitMbps(),
                            l.concurrencyLimit(),
                            l.currentDownloads(),
                            l.networkTopology(),
                            l.downloadCostSeconds()))
                .toList();
    return new Dataset(
        d.name(),
        d.version() == null ? "v1" : d.version(),
        d.sizeMb(),
        d.createdUser() == null ? "admin" : d.createdUser(),
        locs,
        now,
        now);
  }

  private static NetworkLink link(TopologyFile.LinkEntry l) {
    return new NetworkLink(
        l.region(), l.latencyMs(), l.bandwidthMbps(), l.jitterMs(), l.lossRate());
  }

  private static SimImage image(TopologyFile.ImageEntry i) {
    return new SimImage(i.id(), i.name() == null ? i.id() : i.name(), i.framework(), i.baseOs());
  }

  private static Duration duration(String s, Duration dflt) {
    return s == null ? dflt : DurationStyle.detectAndParse(s);
  }

  private static <T> T or(T v, T dflt) {
    return v == null ? dflt : v;
  }

  /** The entry's {@code geometry}, given as [lon, lat]; Beijing when absent. */
  private static GeoPoint geometry(TopologyFile.CenterEntry c) {
    List<Double> g = c.geometry() == null ? List.of(116.4, 39.9) : c.geometry();
    if (g.size() != 2) throw new IllegalArgumentException("geometry must be [lon, lat]");
    return new GeoPoint(g.get(0), g.get(1));
  }
}
