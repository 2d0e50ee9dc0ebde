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
      out.println(Json.pretty(answer));
      return ComputilityCli.OK;
    }
    JsonNode d = answer.path("data");
    out.println("Job:       " + Json.text(d.path("jobId")) + "  " + Json.text(d.path("name")));
    out.println("Status:    " + Json.text(d.path("status")) + phase(d));
    line(out, "Reason:    ", d.path("reason"));
    line(out, "Submitted: ", d.path("submittedAt"));
    line(out, "Finished:  ", d.path("finishedAt"));
    Table t = new Table("TASK", "REPLICAS", "REPLICA STATUS", "CENTERS", "IMAGE", "SPEC");
    for (JsonNode task : d.path("taskInfos")) {
      t.row(
          Json.text(task.path("name")),
          Json.text(task.path("replicaNumber")),
          Json.join(task.path("replicaStatus"), ","),
          Json.join(task.path("centerIDs"), ","),
          Json.text(task.path("imageId")),
          Json.text(task.path("resourceSpecId")));
    }
    t.print(out);
    return ComputilityCli.OK;
  }

  private static String phase(JsonNode d) {
    String p = Json.text(d.path("phase"));
    return p == null ? "" : " (" + p + ")";
  }

  private static void line(java.io.PrintWriter out, String label, JsonNode value) {
    String v = Json.text(value);
    if (v != null) out.println(label + v);
  }
}
