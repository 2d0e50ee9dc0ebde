package io.computility.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code computility center list}: centers with their latest load. */
@Command(
    name = "center",
    mixinStandardHelpOptions = true,
    description = "Inspect computing centers.",
    subcommands = CenterCommand.ListCenters.class)
final class CenterCommand extends GroupCommand {

  private static final String[] STATUS = {"unavailable", "available", "unknown"};

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List centers.")
  static final class ListCenters implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin ClientOptions opts;

    @Override
    public Integer call() {
      JsonNode answer = opts.client().get("/api/v1/centers");
      var out = spec.commandLine().getOut();
      if (opts.json) {
        out.println(AnswerText.pretty(answer));
        return ComputilityCli.OK;
      }
      Table t =
          new Table(
              "ID",
              "NAME",
              "REGION",
              "STATUS",
              "RUNNING",
              "WAITING",
              "CPU FREE",
              "GPU FREE",
              "NPU FREE",
              "MLU FREE");
      for (JsonNode c : answer.path("data")) {
        JsonNode m = c.path("monitoring");
        int s = c.path("status").asInt(2);
        t.row(
            AnswerText.text(c.path("ai_center_id")),
            AnswerText.text(c.path("name")),
            AnswerText.text(c.path("region")),
            s >= 0 && s < STATUS.length ? STATUS[s] : Integer.toString(s),
            AnswerText.text(m.path("running_task_num")),
            AnswerText.text(m.path("waiting_task_num")),
            AnswerText.text(m.path("cpu_free")),
            AnswerText.text(m.path("gpu_free")),
            AnswerText.text(m.path("npu_free")),
            AnswerText.text(m.path("mlu_free")));
      }
      t.print(out);
      return ComputilityCli.OK;
    }
  }
}
