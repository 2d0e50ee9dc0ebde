package io.computility.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code computility job stop ID}: JC-A.2. */
@Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop a job.")
final class JobStopCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin ClientOptions opts;

  @Parameters(index = "0", paramLabel = "ID", description = "job id")
  String id;

  @Override
  public Integer call() {
    JsonNode answer =
        opts.client().post("/openapi/v1/trainjob/" + UrlPaths.segment(id) + "/stop", null);
    var out = spec.commandLine().getOut();
    out.println(opts.json ? AnswerText.pretty(answer) : "Stopped job " + id);
    return ComputilityCli.OK;
  }
}
