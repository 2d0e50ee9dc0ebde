package io.computility.sim.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CentersFileTest {

  @Test
  @DisplayName(
      "NET-7.3 a centers file is RFC 4180 CSV: quoted cells may hold commas, comments and blank"
          + " lines are skipped")
  void quotedCommas() {
    List<CentersFile.CenterSpec> centers =
        CentersFile.parse(
            List.of(
                CentersFile.HEADER,
                "# two centers",
                "",
                "a, \"east, coast\" ,1,8,1.0,100,300,1.0,5,1000",
                "\"b\",west,2,16,2.5,100,300,1.5,3,500"));
    assertThat(centers)
        .extracting(CentersFile.CenterSpec::region)
        .containsExactly("east, coast", "west");
    assertThat(centers.get(1))
        .isEqualTo(new CentersFile.CenterSpec("b", "west", 2, 16, 2.5, 100, 300, 1.5, 3, 500));
  }

  @Test
  @DisplayName("NET-7.3 a centers line with the wrong field count or a bad number names its line")
  void badLines() {
    assertThatThrownBy(() -> CentersFile.parse(List.of("a,\"east,west\",1,8,1.0,100,300,1.0,5")))
        .hasMessageContaining("centers line 1")
        .hasMessageContaining("expected 10 fields");
    assertThatThrownBy(() -> CentersFile.parse(List.of(CentersFile.HEADER, "a,e,x,8,1,1,1,1,1,1")))
        .hasMessageContaining("centers line 2");
    assertThatThrownBy(() -> CentersFile.parse(List.of("a,\"east,1,8,1.0,100,300,1.0,5,1000")))
        .hasMessageContaining("centers line 1");
  }
}
