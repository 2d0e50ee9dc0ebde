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
      "POOL-A pool conformance reads JUnit reports, lists every §12 test (a skipped one as failing, with why) and states the Table A.1 level")
  void conformance(@TempDir Path dir) throws Exception {
    StringBuilder cases = new StringBuilder();
    for (int n : new int[] {1, 7, 8, 16, 17, 18, 19, 21, 24}) {
      cases.append(testcase("POOL-T12." + n + " something", true));
    }
    cases.append(testcase("POOL-T12.2 resize", false));
    cases.append(testcase("POOL-T12.23 hot migration", true));
    cases.append(
        "<testcase name=\"POOL-T12.22 gray upgrade\" classname=\"X\" time=\"0\">"
            + "<skipped message=\"no working CRIU\"/></testcase>");
    // surefire's form: no message attribute, the stack trace as text
    cases.append(
        "<testcase name=\"POOL-T12.20 settings\" classname=\"X\" time=\"0\">"
            + "<skipped type=\"org.opentest4j.TestAbortedException\"><![CDATA["
            + "org.opentest4j.TestAbortedException: no agent\n\tat X.y(X.java:1)\n]]></skipped>"
            + "</testcase>");
    Files.writeString(
        dir.resolve("TEST-a.xml"), "<testsuite tests=\"10\">" + cases + "</testsuite>");
    CliRun run = CliRun.of("pool", "conformance", "--reports", dir.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("12.1   level>=1  pass");
    assertThat(run.out()).contains("12.2   level>=2  FAIL");
    assertThat(run.out()).contains("12.3   level>=3  FAIL (no end-to-end test)");
    assertThat(run.out()).contains("12.23  level>=4  pass");
    assertThat(run.out()).contains("12.22  level>=4  FAIL (skipped: no working CRIU)");
    assertThat(run.out()).contains("12.20  level>=4  FAIL (skipped: no agent)");
    assertThat(run.out().strip().lines().reduce((a, b) -> b).orElseThrow())
        .isEqualTo("{\"passed\":10,\"of\":27,\"capabilityLevel\":1}");
  }

  @Test
  @DisplayName(
      "POOL-A POOL-T12.3 with the remote-call test passing, 12.3 reports pass and 26 of 27 earn level 3")
  void remoteCallReachesLevelThree(@TempDir Path dir) throws Exception {
    StringBuilder cases = new StringBuilder();
    for (int n = 1; n <= 27; n++) {
      if (n != 23) cases.append(testcase("POOL-T12." + n + " something", true));
    }
    Files.writeString(
        dir.resolve("TEST-b.xml"), "<testsuite tests=\"26\">" + cases + "</testsuite>");
    CliRun run = CliRun.of("pool", "conformance", "--reports", dir.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("12.3   level>=3  pass");
    assertThat(run.out()).contains("12.23  level>=4  FAIL (no end-to-end test)");
    assertThat(run.out().strip().lines().reduce((a, b) -> b).orElseThrow())
        .isEqualTo("{\"passed\":26,\"of\":27,\"capabilityLevel\":3}");
  }
}
