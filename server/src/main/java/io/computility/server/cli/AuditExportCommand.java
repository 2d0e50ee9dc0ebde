package io.computility.server.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code computility audit export}: the audit log as CSV, to standard output or a file. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export the audit log as CSV.")
final class AuditExportCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin ClientOptions opts;

  @Option(names = "--kind", description = "LOGIN or OPERATION (default: both)")
  String kind;

  @Option(
      names = {"-o", "--output"},
      description = "write to this file instead of standard output")
  Path output;

  @Override
  public Integer call() throws Exception {
    String path = "/api/v1/audit/export" + (kind == null ? "" : "?kind=" + UrlPaths.segment(kind));
    String csv = opts.client().textAt(path);
    if (output == null) {
      spec.commandLine().getOut().print(csv);
    } else {
      Files.writeString(output, csv, StandardCharsets.UTF_8);
      spec.commandLine().getOut().println("wrote " + csv.lines().count() + " lines to " + output);
    }
    return ComputilityCli.OK;
  }
}
