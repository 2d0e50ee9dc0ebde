package io.computility.agent.device;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * A provider that runs one vendor tool and parses its output. Discovery and usage share one run so
 * the two views of a card never disagree.
 */
abstract class VendorToolProvider implements DeviceProvider {

  private final CommandRunner runner;
  private final List<String> command;
  private final Duration timeout;

  VendorToolProvider(CommandRunner runner, List<String> command, Duration timeout) {
    this.runner = runner;
    this.command = List.copyOf(command);
    this.timeout = timeout;
  }

  /** Turns the tool's standard output into cards. */
  abstract List<CardReading> parse(String stdout) throws IOException;

  @Override
  public List<AcceleratorDevice> discover() throws IOException {
    return read().stream().map(CardReading::device).toList();
  }

  @Override
  public List<DeviceUsage> usage() throws IOException {
    return read().stream().map(CardReading::usage).toList();
  }

  private List<CardReading> read() throws IOException {
    CommandRunner.Result result = runner.run(command, timeout);
    if (!result.succeeded()) {
      throw new IOException(
          String.join(" ", command)
              + " exited with "
              + result.exitCode()
              + ": "
              + result.stderr().strip());
    }
    return parse(result.stdout());
  }
}
