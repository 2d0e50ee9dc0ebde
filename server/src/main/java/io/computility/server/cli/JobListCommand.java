package io.computility.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code computility job list}: one page of jobs as a table. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List jobs.")
final class JobListCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin ClientOptions opts;

  @Option(names = "--status", description = "pending, running, completed, failed or stopped")
  String status;

  @Option(names = "--user", description = "only this user's jobs")
  String user;

  @Option(names = "--page", defaultValue = "0", description = "0-based page")
  int page;

  @Option(names = "--size", defaultValue = "20", description = "jobs per page")
  int size;

  @Override
  public Integer call() {
    ListQuery query =
        new ListQuery("/api/v1/jobs", page, size).filter("status", status).filter("user", user);
    JsonNode answer = opts.client().get(query.toString());
    var out = spec.commandLine().getOut();
    if (opts.json) {
      out.println(AnswerText.pretty(answer));
      return ComputilityCli.OK;
    }
    JsonNode data = answer.path("data");
    Table t = new Table("JOB ID", "NAME", "STATUS", "PHASE", "USER", "REPLICAS", "SUBMITTED");
    for (JsonNode j : data.path("items")) {
      t.row(
          AnswerText.text(j.path("jobId")),
          AnswerText.text(j.path("name")),
          AnswerText.text(j.path("status")),
          AnswerText.text(j.path("phase")),
          AnswerText.text(j.path("userName")),
          AnswerText.text(j.path("replicaCount")),
          AnswerText.text(j.path("submittedAt")));
    }
    t.print(out);
    Table.printPageFooter(out, data, "jobs");
    return ComputilityCli.OK;
  }
}
