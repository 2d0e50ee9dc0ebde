package io.computility.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code computility up}: starts the server in this process and runs until it is stopped. */
@Command(name = "up", mixinStandardHelpOptions = true, description = "Start the server.")
final class UpCommand implements Callable<Integer> {

  @ParentCommand ComputilityCli parent;

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "HTTP port (default ${DEFAULT-VALUE})")
  int port;

  @Option(
      names = "--data",
      defaultValue = "./.computility",
      description = "data directory (default ${DEFAULT-VALUE})")
  Path data;

  @Option(names = "--config", description = "extra Spring configuration file (YAML/properties)")
  Path config;

  @Option(
      names = "--no-local-agent",
      description =
          "do not start the local node agent and its pool center 'local'"
              + " (same as --computility.quickstart.local-agent=false)")
  boolean noLocalAgent;

  /** Settings for the server itself, e.g. --spring.datasource.url=... (docs/configuration.md). */
  @CommandLine.Unmatched List<String> settings = new ArrayList<>();

  @Override
  public Integer call() {
    if (port < 1 || port > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 1..65535");
    }
    if (config != null && !Files.isRegularFile(config)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--config " + config + " is not a readable file");
    }
    List<String> args = new ArrayList<>();
    args.add("--server.port=" + port);
    args.add("--computility.data-dir=" + data.toAbsolutePath().normalize());
    if (noLocalAgent) args.add("--computility.quickstart.local-agent=false");
    if (config != null) {
      args.add("--spring.config.additional-location=file:" + config.toAbsolutePath().normalize());
    }
    for (String s : settings) {
      if (!s.startsWith("--") || !s.contains("=")) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "unexpected argument " + s + " (settings are --key=value)");
      }
      args.add(s);
    }
    return parent.launcher().launch(args.toArray(String[]::new));
  }
}
