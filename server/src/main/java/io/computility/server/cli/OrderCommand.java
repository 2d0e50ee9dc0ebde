package io.computility.server.cli;

import picocli.CommandLine.Command;

/** {@code computility order …}: the market's orders (issue 16). */
@Command(
    name = "order",
    mixinStandardHelpOptions = true,
    description = "List and inspect orders.",
    subcommands = {OrderListCommand.class, OrderGetCommand.class})
final class OrderCommand extends GroupCommand {}
