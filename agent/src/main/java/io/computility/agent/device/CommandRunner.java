package io.computility.agent.device;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Runs a vendor tool and returns what it printed. An interface so that parsers can be fed recorded
 * outputs of real tools in tests.
 */
public interface CommandRunner {

  /**
   * Runs {@code command} and waits at most {@code timeout}.
   *
   * @throws IOException when the program cannot be started or does not finish in time
   */
  Result run(List<String> command, Duration timeout) throws IOException;

  /** What a finished command left behind. */
  record Result(int exitCode, String stdout, String stderr) {

    public boolean succeeded() {
      return exitCode == 0;
    }
  }

  /** The real thing: a child process. */
  static CommandRunner processes() {
    return new ProcessCommandRunner();
  }
}
