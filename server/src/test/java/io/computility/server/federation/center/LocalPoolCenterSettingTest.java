package io.computility.server.federation.center;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.adapter.pool.PoolConfig;
import io.computility.server.shared.config.ComputilityProperties;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("NET-8.2 the local node agent setting and the local center's declaration")
class LocalPoolCenterSettingTest {

  @Test
  @DisplayName(
      "NET-8.2 auto starts the local node only on the embedded PostgreSQL; true and false force"
          + " it; anything else is off")
  void setting() {
    assertThat(LocalPoolCenter.wanted("auto", null, true)).isTrue();
    assertThat(LocalPoolCenter.wanted("auto", "", true)).isTrue();
    assertThat(LocalPoolCenter.wanted(" AUTO ", null, true)).isTrue();
    assertThat(LocalPoolCenter.wanted("auto", "jdbc:postgresql://db/x", true)).isFalse();
    assertThat(LocalPoolCenter.wanted("auto", null, false)).isFalse();
    assertThat(LocalPoolCenter.wanted("true", "jdbc:postgresql://db/x", false)).isTrue();
    assertThat(LocalPoolCenter.wanted("false", null, true)).isFalse();
    assertThat(LocalPoolCenter.wanted("yes please", null, true)).isFalse();
  }

  @Test
  @DisplayName(
      "NET-8.2 the local center is the pool center 'local' at this server, with image shell and"
          + " the spec local-gpu-1x offered by it alone")
  void declaration() throws Exception {
    TopologyFile t = LocalPoolCenter.declaration("http://127.0.0.1:8080", "cty_secret");
    TopologyFile.CenterEntry c = t.centers().get(0);
    assertThat(c.id()).isEqualTo(LocalPoolCenter.CENTER_ID).isEqualTo("local");
    assertThat(c.type()).isEqualTo("pool");
    assertThat(c.url()).isEqualTo("http://127.0.0.1:8080");
    assertThat(c.token()).isEqualTo("cty_secret");
    assertThat(c.images()).extracting(TopologyFile.ImageEntry::id).containsExactly("shell");
    TopologyFile.SpecEntry spec = t.specs().get(0);
    assertThat(spec.id()).isEqualTo("local-gpu-1x");
    assertThat(spec.centers()).containsExactly("local");
    assertThat(c.prices()).containsKey("local-gpu-1x");
    var adapters =
        new ComputilityProperties.Adapters(
            Duration.ofSeconds(5),
            3,
            Duration.ofMillis(200),
            Duration.ofSeconds(2),
            Duration.ofSeconds(1));
    PoolConfig pool = TopologyMapper.pool(c, adapters);
    assertThat(pool.url().toString()).isEqualTo("http://127.0.0.1:8080");
    assertThat(pool.tenant()).isEqualTo("federation");
  }
}
