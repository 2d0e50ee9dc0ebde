package io.computility.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code computility job logs ID}: asks JC-A.4 for the logUrl, then prints the log there. */
@Command(name = "logs", mixinStandardHelpOptions = true, description = "Print a replica's log.")
final class JobLogsCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin ClientOptions opts;

  @Parameters(index = "0", paramLabel = "ID", description = "job id")
  String id;

  @Option(names = "--task", defaultValue = "0", description = "task index (default 0)")
  int task;

  @Option(names = "--replica", defaultValue = "0", description = "replica index (default 0)")
  int replica;

  @Override
  public Integer call() {
    ApiClient client = opts.client();
    String path =
        "/openapi/v1/trainjob/"
            + UrlPaths.segment(id)
            + "/task/"
            + task
            + "/replica/"
            + replica
            + "/log";
    JsonNode answer = client.get(path);
    var out = spec.commandLine().getOut();
    if (opts.json) {
      out.println(AnswerText.pretty(answer));
      return ComputilityCli.OK;
    }
    String url = AnswerText.text(answer.path("data").path("logUrl"));
    if (url == null) throw new ServerError("the server answered no logUrl");
    out.print(client.text(url));
    out.flush();
    return ComputilityCli.OK;
  }
}
