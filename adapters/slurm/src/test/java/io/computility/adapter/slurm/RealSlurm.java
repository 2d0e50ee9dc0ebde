package io.computility.adapter.slurm;

import static org.junit.jupiter.api.Assertions.fail;

import io.computility.core.adapter.Backoff;
import io.computility.core.catalog.Image;
import io.computility.core.center.CenterProfile;
import io.computility.core.center.GeoPoint;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The real Slurm the tests run against: the one {@code .ci/slurm-up.sh} starts, or the one named by
 * {@code SLURM_REST_URL} (and {@code SLURM_USER}, {@code SLURM_JWT_KEY} or {@code SLURM_JWT}). In
 * CI ({@code CI} set) an unreachable slurmrestd fails the tests; elsewhere they are skipped, saying
 * why.
 */
final class RealSlurm {
  static final URI URL =
      URI.create(System.getenv().getOrDefault("SLURM_REST_URL", "http://127.0.0.1:6820"));
  static final String USER = System.getenv().getOrDefault("SLURM_USER", "computility");
  static final Path KEY =
      Path.of(System.getenv().getOrDefault("SLURM_JWT_KEY", "/etc/slurm/jwt_hs256.key"));
  static final String OUTPUT = "/tmp/computility-slurm";
  static final String IMAGE = "hpc-shell";

  private RealSlurm() {}

  /** Fails (CI) or skips (developer machine) unless slurmrestd answers at {@link #URL}. */
  static void require() {
    boolean reachable;
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(URL.getHost(), URL.getPort()), 2000);
      reachable = true;
    } catch (IOException e) {
      reachable = false;
    }
    boolean tokens = System.getenv("SLURM_JWT") != null || Files.isReadable(KEY);
    if (reachable && tokens) return;
    String why =
        (reachable
                ? "no token: set SLURM_JWT or make " + KEY + " readable"
                : "slurmrestd at " + URL + " is not reachable")
            + "; run .ci/slurm-up.sh (as root) to install and start a single-node Slurm";
    String ci = System.getenv("CI");
    if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) fail("CI: " + why);
    Assumptions.abort(why);
  }

  /** A configuration for the real cluster reached at {@code url}. */
  static SlurmConfig config(String centerId, URI url) {
    String fixed = System.getenv("SLURM_JWT");
    return new SlurmConfig(
        centerId,
        "Slurm " + centerId,
        "hpc-north",
        new GeoPoint(116.3, 39.9),
        url,
        "v0.0.38",
        USER,
        fixed,
        null,
        fixed == null ? KEY : null,
        Duration.ofMinutes(10),
        null,
        "/tmp",
        OUTPUT,
        null,
        "fake",
        Duration.ofMinutes(10),
        Duration.ofSeconds(5),
        new Backoff(3, Duration.ofMillis(100), Duration.ofSeconds(1)),
        Duration.ofMillis(300),
        Map.of("debug", "NO", "batch", "FORCE:2", "maint", "EXCLUSIVE"),
        new CenterProfile(centerId, Map.of(), 0, 0, 1.0, 1, null, List.of()),
        List.of(
            new Image(
                IMAGE,
                "HPC shell",
                centerId,
                Map.of("os", "linux"),
                List.of(),
                List.of(),
                Instant.EPOCH,
                Instant.EPOCH)));
  }
}
