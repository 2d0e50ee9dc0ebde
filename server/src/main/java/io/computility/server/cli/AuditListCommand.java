package io.computility.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code computility audit list}: one page of the operation or login log, newest first. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List audit entries.")
final class AuditListCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin ClientOptions opts;

  @Option(names = "--logins", description = "the login log instead of the operation log")
  boolean logins;

  @Option(names = "--actor", description = "only this user's entries")
  String actor;

  @Option(names = "--page", defaultValue = "0", description = "0-based page")
  int page;

  @Option(names = "--size", defaultValue = "50", description = "entries per page (at most 1000)")
  int size;

  @Override
  public Integer call() {
    ListQuery query =
        new ListQuery("/api/v1/audit/" + (logins ? "logins" : "operations"), page, size)
            .filter("actor", actor);
    JsonNode answer = opts.client().get(query.toString());
    var out = spec.commandLine().getOut();
    if (opts.json) {
      out.println(AnswerText.pretty(answer));
      return ComputilityCli.OK;
    }
    Table t = new Table("SEQ", "AT", "ACTOR", "TENANT", "ACTION", "TARGET", "FROM", "RESULT");
    for (JsonNode e : answer.path("data")) {
      t.row(
          AnswerText.text(e.path("seq")),
          AnswerText.text(e.path("at")),
          AnswerText.text(e.path("actor")),
          AnswerText.text(e.path("tenantId")),
          AnswerText.text(e.path("action")),
          AnswerText.text(e.path("target")),
          AnswerText.text(e.path("sourceIp")),
          AnswerText.text(e.path("result")));
    }
    t.print(out);
    return ComputilityCli.OK;
  }
}
