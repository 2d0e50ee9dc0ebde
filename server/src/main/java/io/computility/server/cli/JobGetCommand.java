package io.computility.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code computility job get ID}: JC-A.3 as a summary and a task table. */
@Command(name = "get", mixinStandardHelpOptions = true, description = "Show a job.")
final class JobGetCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin ClientOptions opts;

  @Parameters(index = "0", paramLabel = "ID", description = "job id")
  String id;

  @Override
  public Integer call() {
    JsonNode answer = opts.client().get("/openapi/v1/trainjob/" + UrlPaths.segment(id));
    var out = spec.commandLine().getOut();
    if (opts.json) {
      out.println(AnswerText.pretty(answer));
      return ComputilityCli.OK;
    }
    JsonNode d = answer.path("data");
    out.println(
        "Job:       " + AnswerText.text(d.path("jobId")) + "  " + AnswerText.text(d.path("name")));
    out.println("Status:    " + AnswerText.text(d.path("status")) + phase(d));
    line(out, "Reason:    ", d.path("reason"));
    line(out, "Submitted: ", d.path("submittedAt"));
    line(out, "Finished:  ", d.path("finishedAt"));
    Table t = new Table("TASK", "REPLICAS", "REPLICA STATUS", "CENTERS", "IMAGE", "SPEC");
    for (JsonNode task : d.path("taskInfos")) {
      t.row(
          AnswerText.text(task.path("name")),
          AnswerText.text(task.path("replicaNumber")),
          AnswerText.join(task.path("replicaStatus"), ","),
          AnswerText.join(task.path("centerIDs"), ","),
          AnswerText.text(task.path("imageId")),
          AnswerText.text(task.path("resourceSpecId")));
    }
    t.print(out);
    return ComputilityCli.OK;
  }

  private static String phase(JsonNode d) {
    String p = AnswerText.text(d.path("phase"));
    return p == null ? "" : " (" + p + ")";
  }

  private static void line(java.io.PrintWriter out, String label, JsonNode value) {
    String v = AnswerText.text(value);
    if (v != null) out.println(label + v);
  }
}
