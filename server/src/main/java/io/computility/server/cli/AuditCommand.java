package io.computility.server.cli;

import picocli.CommandLine.Command;

/** {@code computility audit …}: CMP-security audit log verification, listing and export. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Verify, list and export the audit log.",
    subcommands = {AuditVerifyCommand.class, AuditListCommand.class, AuditExportCommand.class})
final class AuditCommand extends GroupCommand {}
