package io.computility.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code computility order list}: one page of the orders the caller sees, as a table. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List orders.")
final class OrderListCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin ClientOptions opts;

  @Option(
      names = "--state",
      description = "pending, provisioning, active, expiring, expired, terminated or failed")
  String state;

  @Option(names = "--type", description = "compute, dev_env, model_service, storage or manual")
  String type;

  @Option(names = "--tenant", description = "only this tenant's orders (operators)")
  String tenant;

  @Option(names = "--page", defaultValue = "0", description = "0-based page")
  int page;

  @Option(names = "--size", defaultValue = "20", description = "orders per page")
  int size;

  @Override
  public Integer call() {
    ListQuery query =
        new ListQuery("/api/v1/market/orders", page, size)
            .filter("state", state)
            .filter("type", type)
            .filter("tenant_id", tenant);
    JsonNode answer = opts.client().get(query.toString());
    var out = spec.commandLine().getOut();
    if (opts.json) {
      out.println(AnswerText.pretty(answer));
      return ComputilityCli.OK;
    }
    JsonNode data = answer.path("data");
    Table t = new Table("ORDER ID", "NUMBER", "STATE", "TYPE", "PRODUCT", "QTY", "CENTER", "ENDS");
    for (JsonNode o : data.path("items")) {
      t.row(
          AnswerText.text(o.path("id")),
          AnswerText.text(o.path("number")),
          AnswerText.text(o.path("state")),
          AnswerText.text(o.path("type")),
          AnswerText.text(o.path("product_name")),
          AnswerText.text(o.path("quantity")),
          AnswerText.text(o.path("center_id")),
          AnswerText.text(o.path("end_at")));
    }
    t.print(out);
    Table.printPageFooter(out, data, "orders");
    return ComputilityCli.OK;
  }
}
