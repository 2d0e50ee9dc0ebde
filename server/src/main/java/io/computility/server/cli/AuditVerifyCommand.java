package io.computility.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/**
 * {@code computility audit verify}: asks the server to recompute the audit chain against its signed
 * anchors. Prints OK with the head, or the first broken entry; exit code 3 when tampered with.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = "Verify the audit log's hash chain and signed anchors (exit 3 when tampered).")
final class AuditVerifyCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin ClientOptions opts;

  @Override
  public Integer call() {
    JsonNode answer = opts.client().post("/api/v1/audit/verify", null);
    JsonNode d = answer.path("data");
    boolean intact = d.path("intact").asBoolean(false);
    var out = spec.commandLine().getOut();
    if (opts.json) {
      out.println(AnswerText.pretty(answer));
    } else if (intact) {
      out.println(
          "OK: "
              + d.path("verifiedRows").asLong()
              + " entries verified, head "
              + AnswerText.text(d.path("headHash"))
              + ", signed anchor at seq "
              + d.path("anchoredSeq").asLong()
              + anchoredAt(d));
    } else {
      out.println(
          "TAMPERED: entry "
              + AnswerText.text(d.path("brokenAtSeq"))
              + ": "
              + AnswerText.text(d.path("reason"))
              + " ("
              + d.path("verifiedRows").asLong()
              + " entries verified before it)");
    }
    return intact ? ComputilityCli.OK : ComputilityCli.TAMPERED;
  }

  private static String anchoredAt(JsonNode d) {
    String at = AnswerText.text(d.path("anchoredAt"));
    return at == null ? "" : " (" + at + ")";
  }
}
