package io.computility.agent.device;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs commands as child processes. Output goes to temporary files, not pipes: a tool that leaves a
 * daemon behind (nvidia-cuda-mps-control -d) would otherwise hold the pipe open and never let the
 * read finish.
 */
final class ProcessCommandRunner implements CommandRunner {

  @Override
  public Result run(
      List<String> command, Map<String, String> environment, String stdin, Duration timeout)
      throws IOException {
    Path out = Files.createTempFile("computility-cmd", ".out");
    Path err = Files.createTempFile("computility-cmd", ".err");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      try (var in = process.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      } catch (IOException closedEarly) {
        // The tool did not read its input; its exit status says whether that mattered.
      }
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IOException(command.get(0) + " did not finish within " + timeout);
      }
      return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + command.get(0), e);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
