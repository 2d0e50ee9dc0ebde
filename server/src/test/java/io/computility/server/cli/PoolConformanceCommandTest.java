package io.computility.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoolConformanceCommandTest {

  private static String testcase(String name, boolean ok) {
    return "<testcase name=\""
        + name
        + "\" classname=\"X\" time=\"1\">"
        + (ok ? "" : "<failure message=\"boom\"/>")
        + "</testcase>";
  }

  @Test
  @DisplayName(
      "POOL-A pool conformance reads JUnit reports, lists every §12 test and states the Table A.1 level")
  void conformance(@TempDir Path dir) throws Exception {
    StringBuilder cases = new StringBuilder();
    for (int n : new int[] {1, 7, 8, 16, 17, 18, 19, 21, 24}) {
      cases.append(testcase("POOL-T12." + n + " something", true));
    }
    cases.append(testcase("POOL-T12.2 resize", false));
    Files.writeString(
        dir.resolve("TEST-a.xml"), "<testsuite tests=\"10\">" + cases + "</testsuite>");
    CliRun run = CliRun.of("pool", "conformance", "--reports", dir.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("12.1   level>=1  pass");
    assertThat(run.out()).contains("12.2   level>=2  FAIL");
    assertThat(run.out()).contains("12.3   level>=3  FAIL (no end-to-end test)");
    assertThat(run.out().strip().lines().reduce((a, b) -> b).orElseThrow())
        .isEqualTo("{\"passed\":9,\"of\":27,\"capabilityLevel\":1}");
  }
}
