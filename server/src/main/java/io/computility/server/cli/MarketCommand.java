package io.computility.server.cli;

import picocli.CommandLine.Command;

/** {@code computility market …}: the marketplace (NET-8.2). */
@Command(
    name = "market",
    mixinStandardHelpOptions = true,
    description = "Browse the marketplace.",
    subcommands = {MarketListCommand.class})
final class MarketCommand extends GroupCommand {}
