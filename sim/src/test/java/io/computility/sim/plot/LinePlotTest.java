package io.computility.sim.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LinePlotTest {

  @Test
  @DisplayName("NET-7.3b the plot has one polyline per policy at the right pixels, NaN skipped")
  void polylines() {
    String svg =
        new LinePlot("t <1>", "x", "y")
            .range(0, 100, 0, 100)
            .add(new LinePlot.Series("A", new double[] {0, 50, 100}, new double[] {0, 50, 100}))
            .add(new LinePlot.Series("B&C", new double[] {0, 100}, new double[] {Double.NaN, 0}))
            .toSvg();
    assertThat(svg).startsWith("<svg").endsWith("</svg>\n");
    // plot box: x 70..580 (510 wide), y 40..405 (365 high)
    assertThat(svg).contains("points=\"70.0,405.0 325.0,222.5 580.0,40.0\"");
    assertThat(svg).contains("points=\"580.0,405.0\"");
    assertThat(svg).contains("t &lt;1&gt;").contains("B&amp;C");
  }

  @Test
  @DisplayName("NET-7.3b axis steps are 1, 2 or 5 times a power of ten")
  void niceSteps() {
    assertThat(LinePlot.niceStep(130)).isEqualTo(20);
    assertThat(LinePlot.niceStep(100)).isEqualTo(10);
    assertThat(LinePlot.niceStep(8)).isEqualTo(1);
    assertThat(LinePlot.niceStep(0.4)).isEqualTo(0.05);
  }
}
