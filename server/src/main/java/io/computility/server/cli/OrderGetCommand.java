package io.computility.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code computility order get ID}: an order's summary and its state history. */
@Command(name = "get", mixinStandardHelpOptions = true, description = "Show an order.")
final class OrderGetCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin ClientOptions opts;

  @Parameters(index = "0", paramLabel = "ID", description = "order id")
  String id;

  @Override
  public Integer call() {
    JsonNode answer = opts.client().get("/api/v1/market/orders/" + UrlPaths.segment(id));
    var out = spec.commandLine().getOut();
    if (opts.json) {
      out.println(AnswerText.pretty(answer));
      return ComputilityCli.OK;
    }
    JsonNode d = answer.path("data");
    out.println(
        "Order:     " + AnswerText.text(d.path("number")) + "  " + AnswerText.text(d.path("id")));
    out.println("State:     " + AnswerText.text(d.path("state")));
    line(out, "Reason:    ", d.path("reason"));
    out.println(
        "Product:   "
            + AnswerText.text(d.path("product_name"))
            + " ("
            + AnswerText.text(d.path("type"))
            + ") x "
            + AnswerText.text(d.path("quantity")));
    line(out, "Center:    ", d.path("center_id"));
    line(out, "Tenant:    ", d.path("tenant_id"));
    line(out, "Starts:    ", d.path("start_at"));
    line(out, "Ends:      ", d.path("end_at"));
    Table t = new Table("AT", "FROM", "TO", "ACTION", "BY", "NOTE");
    for (JsonNode h : d.path("history")) {
      t.row(
          AnswerText.text(h.path("at")),
          AnswerText.text(h.path("from")),
          AnswerText.text(h.path("to")),
          AnswerText.text(h.path("action")),
          AnswerText.text(h.path("actor")),
          AnswerText.text(h.path("note")));
    }
    t.print(out);
    return ComputilityCli.OK;
  }

  private static void line(java.io.PrintWriter out, String label, JsonNode value) {
    String v = AnswerText.text(value);
    if (v != null) out.println(label + v);
  }
}
