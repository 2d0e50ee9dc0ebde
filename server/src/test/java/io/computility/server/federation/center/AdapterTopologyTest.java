package io.computility.server.federation.center;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.computility.adapter.pool.PoolConfig;
import io.computility.adapter.slurm.SlurmConfig;
import io.computility.core.adapter.Backoff;
import io.computility.server.shared.config.ComputilityProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** {@code type: slurm} and {@code type: kubernetes} entries of the topology file. */
class AdapterTopologyTest {
  private static final YAMLMapper YAML =
      YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final ComputilityProperties.Adapters ADAPTERS =
      new ComputilityProperties.Adapters(
          Duration.ofSeconds(5),
          3,
          Duration.ofMillis(200),
          Duration.ofSeconds(2),
          Duration.ofSeconds(1));

  private static TopologyFile.CenterEntry entry(String yaml) {
    return YAML.readValue("centers:\n" + yaml, TopologyFile.class).centers().get(0);
  }

  @Test
  @DisplayName("JC-6.4 NET-6.2 a type: slurm entry becomes the Slurm adapter's settings")
  void slurmEntry() {
    SlurmConfig c =
        TopologyMapper.slurm(
            entry(
                """
                  - id: hpc
                    type: slurm
                    region: north
                    url: http://slurm-head:6820
                    images: [{id: mpi, name: MPI}]
                    slurm:
                      user: alice
                      jwtKeyFile: /etc/slurm/jwt_hs256.key
                      partition: gpu
                      gpuType: a100
                      timeLimit: 2h
                      outputDirectory: /shared/out
                      localOutputDirectory: /mnt/shared/out
                      overSubscribe: {gpu: "FORCE:2"}
                """),
            ADAPTERS);
    assertThat(c.restUrl().toString()).isEqualTo("http://slurm-head:6820");
    assertThat(c.user()).isEqualTo("alice");
    assertThat(c.jwtKeyFile()).isEqualTo(Path.of("/etc/slurm/jwt_hs256.key"));
    assertThat(c.partition()).isEqualTo("gpu");
    assertThat(c.timeLimit()).isEqualTo(Duration.ofHours(2));
    assertThat(c.localOutputDirectory()).isEqualTo(Path.of("/mnt/shared/out"));
    assertThat(c.overSubscribe()).isEqualTo(Map.of("gpu", "FORCE:2"));
    assertThat(c.backoff())
        .isEqualTo(new Backoff(3, Duration.ofMillis(200), Duration.ofSeconds(2)));
    assertThat(c.images())
        .singleElement()
        .satisfies(i -> assertThat(i.aiCenterId()).isEqualTo("hpc"));
  }

  @Test
  @DisplayName("JC-6.4 a type: slurm entry without url or user is refused, naming the field")
  void slurmEntryErrors() {
    assertThatThrownBy(
            () ->
                TopologyMapper.slurm(
                    entry("  - {id: h, type: slurm, token: x, slurm: {user: a}}"), ADAPTERS))
        .hasMessageContaining("centers[h]: url (slurmrestd) is required");
    assertThatThrownBy(
            () ->
                TopologyMapper.slurm(
                    entry("  - {id: h, type: slurm, url: 'http://x:1'}"), ADAPTERS))
        .hasMessageContaining("centers[h]: slurm.user is required");
  }

  @Test
  @DisplayName("JC-6.4 NET-6.2 a type: kubernetes entry becomes a connection and adapter settings")
  void kubernetesEntry() {
    TopologyMapper.KubernetesTarget t =
        TopologyMapper.kubernetes(
            entry(
                """
                  - id: k8s
                    type: kubernetes
                    region: east
                    url: https://k8s-api:6443
                    token: abc
                    kubernetes:
                      kubeconfig: /etc/computility/kubeconfig
                      context: prod
                      namespace: jobs
                      scheduler: volcano
                      volcanoQueue: research
                      containerImages: {pytorch-2.3: "pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime"}
                      timeLimit: 12h
                """),
            ADAPTERS);
    assertThat(t.connection().masterUrl()).isEqualTo("https://k8s-api:6443");
    assertThat(t.connection().token()).isEqualTo("abc");
    assertThat(t.connection().kubeconfig()).isEqualTo(Path.of("/etc/computility/kubeconfig"));
    assertThat(t.connection().context()).isEqualTo("prod");
    assertThat(t.config().namespace()).isEqualTo("jobs");
    assertThat(t.config().scheduler()).isEqualTo("volcano");
    assertThat(t.config().volcanoQueue()).isEqualTo("research");
    assertThat(t.config().timeLimit()).isEqualTo(Duration.ofHours(12));
    assertThatThrownBy(
            () ->
                TopologyMapper.kubernetes(
                    entry("  - {id: k, type: kubernetes, kubernetes: {scheduler: yarn}}"),
                    ADAPTERS))
        .hasMessageContaining("centers[k]: scheduler must be auto, batch or volcano");
  }

  @Test
  @DisplayName("JC-6.4 NET-6.2 a type: pool entry becomes the pool adapter's settings")
  void poolEntry() {
    PoolConfig c =
        TopologyMapper.pool(
            entry(
                """
                  - id: gpu-pool
                    type: pool
                    region: east
                    url: http://pool-ctl:8080
                    token: cty_abc
                    tenant: fed
                    images: [{id: shell, name: Shell}]
                """),
            ADAPTERS);
    assertThat(c.url().toString()).isEqualTo("http://pool-ctl:8080");
    assertThat(c.token()).isEqualTo("cty_abc");
    assertThat(c.tenant()).isEqualTo("fed");
    assertThat(c.images())
        .singleElement()
        .satisfies(i -> assertThat(i.aiCenterId()).isEqualTo("gpu-pool"));
    assertThatThrownBy(
            () -> TopologyMapper.pool(entry("  - {id: p, type: pool, region: e}"), ADAPTERS))
        .hasMessageContaining("centers[p]: url is required");
    assertThatThrownBy(
            () ->
                TopologyMapper.pool(
                    entry("  - {id: p, type: pool, region: e, url: 'http://x:1'}"), ADAPTERS))
        .hasMessageContaining("centers[p]: images must list");
  }
}
