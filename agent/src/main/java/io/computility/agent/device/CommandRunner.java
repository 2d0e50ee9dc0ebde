package io.computility.agent.device;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
  default Result run(List<String> command, Duration timeout) throws IOException {
    return run(command, Map.of(), "", timeout);
  }

  /**
   * Runs {@code command} with {@code environment} added to this process's own, feeds it {@code
   * stdin} (for interactive tools such as nvidia-cuda-mps-control) and waits at most {@code
   * timeout}.
   */
  Result run(List<String> command, Map<String, String> environment, String stdin, Duration timeout)
      throws IOException;

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
