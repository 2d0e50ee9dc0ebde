package io.computility.sim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FederationDecisionBenchTest {

  @Test
  @DisplayName("JC-6.7 the federation benchmark places every job and ends with one JSON line")
  void smallRunEndsWithJson() {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      FederationDecisionBench.main(new String[] {"1000", "5000", "2000"});
    } finally {
      System.setOut(original);
    }
    String[] lines = buffer.toString(StandardCharsets.UTF_8).trim().split("\n");
    assertThat(lines[lines.length - 1])
        .matches(
            "\\{\"bench\":\"federation\",\"centers\":1000,\"strategies\":12,"
                + "\"decisionsPerSec\":\\d+,\"p50us\":[0-9.]+,\"p99us\":[0-9.]+}");
    assertThat(String.join("\n", lines)).contains("5000 measured", "5000 placed");
  }
}
