package io.computility.agent.enforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.agent.device.DeviceProbeCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two command-line entry points bench/gpu-validation/run.sh drives. */
class ClisTest {

  @TempDir Path dir;

  @Test
  @DisplayName(
      "POOL-7.3b EnforceCli prints the mps environment of a 30 % / 4096 MB slice as KEY=VALUE lines")
  void enforceCli() {
    String out =
        captured(
            () ->
                EnforceCli.main(
                    new String[] {
                      "mps",
                      "--device",
                      "0",
                      "--uuid",
                      "GPU-x",
                      "--compute",
                      "30",
                      "--memory-mb",
                      "4096",
                      "pipeDirectory=" + dir.resolve("p"),
                      "logDirectory=" + dir.resolve("l")
                    }));

    assertThat(out.lines())
        .contains(
            "CUDA_MPS_ACTIVE_THREAD_PERCENTAGE=30",
            "CUDA_MPS_PINNED_DEVICE_MEM_LIMIT=0=4096M",
            "CUDA_VISIBLE_DEVICES=GPU-x",
            "CUDA_MPS_PIPE_DIRECTORY=" + dir.resolve("p"));
  }

  @Test
  @DisplayName("POOL-10 DeviceProbeCli prints a provider's devices and usage as one JSON object")
  void deviceProbeCli() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("cards.yaml"),
            "cards:\n  - {vendor: cambricon, model: MLU370-X8, memoryMb: 24576, count: 1, uuidPrefix: mlu}\n");

    String out = captured(() -> DeviceProbeCli.main(new String[] {"fake", "file=" + file}));

    assertThat(out)
        .startsWith("{\"provider\":\"fake\",\"devices\":[{\"index\":0,\"uuid\":\"mlu-0\"")
        .contains(
            "\"vendor\":\"cambricon\"", "\"memoryMb\":24576", "\"usage\":[{\"uuid\":\"mlu-0\"");
  }

  private static String captured(Runnable main) {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
