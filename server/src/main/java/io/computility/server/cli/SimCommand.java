package io.computility.server.cli;

import picocli.CommandLine.Command;

/** {@code computility sim …}: simulations run in this process, no server needed. */
@Command(
    name = "sim",
    mixinStandardHelpOptions = true,
    description = "Compare placement policies by simulation.",
    subcommands = {SimRunCommand.class})
final class SimCommand extends GroupCommand {}
