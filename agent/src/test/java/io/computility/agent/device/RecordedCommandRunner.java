package io.computility.agent.device;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replays the recorded output of a real vendor tool (src/test/resources/recorded, see SOURCE.md)
 * and remembers which commands were asked for.
 */
final class RecordedCommandRunner implements CommandRunner {

  final List<List<String>> commands = new ArrayList<>();
  private final String stdout;
  private final int exitCode;
  private final String stderr;

  private RecordedCommandRunner(String stdout, int exitCode, String stderr) {
    this.stdout = stdout;
    this.exitCode = exitCode;
    this.stderr = stderr;
  }

  static RecordedCommandRunner replaying(String resource) {
    try (var in = RecordedCommandRunner.class.getResourceAsStream("/recorded/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no recorded output " + resource);
      }
      return new RecordedCommandRunner(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), 0, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RecordedCommandRunner failing(int exitCode, String stderr) {
    return new RecordedCommandRunner("", exitCode, stderr);
  }

  @Override
  public Result run(
      List<String> command, Map<String, String> environment, String stdin, Duration timeout) {
    commands.add(command);
    return new Result(exitCode, stdout, stderr);
  }
}
