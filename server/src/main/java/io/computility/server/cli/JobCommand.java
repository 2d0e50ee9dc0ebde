package io.computility.server.cli;

import picocli.CommandLine.Command;

/** {@code computility job …}: JC-A.1–A.4 and the job listing. */
@Command(
    name = "job",
    mixinStandardHelpOptions = true,
    description = "Submit, list, inspect and stop jobs.",
    subcommands = {
      JobSubmitCommand.class,
      JobListCommand.class,
      JobGetCommand.class,
      JobLogsCommand.class,
      JobStopCommand.class
    })
final class JobCommand extends GroupCommand {}
