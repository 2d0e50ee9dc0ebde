package io.computility.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code computility market list}: the products offered to the logged-in user's tenant. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the products on offer to you.")
final class MarketListCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin ClientOptions opts;

  @Option(names = "--search", description = "words in the name, number, provider or introduction")
  String search;

  @Option(names = "--type", description = "COMPUTE, DEV_ENV, MODEL_SERVICE, STORAGE or MANUAL")
  String type;

  @Option(names = "--page", defaultValue = "0", description = "0-based page")
  int page;

  @Option(names = "--size", defaultValue = "20", description = "products per page")
  int size;

  /** The center; a compute product without one runs on the platform's own pool. */
  private static String center(JsonNode p) {
    if (p.hasNonNull("center_id")) return AnswerText.text(p.path("center_id"));
    String type = p.path("type").asString();
    return type.equals("COMPUTE") || type.equals("DEV_ENV") ? "(pool)" : "-";
  }

  @Override
  public Integer call() {
    ListQuery query =
        new ListQuery("/api/v1/market/offers", page, size)
            .filter("search", search)
            .filter("type", type);
    JsonNode answer = opts.client().get(query.toString());
    var out = spec.commandLine().getOut();
    if (opts.json) {
      out.println(AnswerText.pretty(answer));
      return ComputilityCli.OK;
    }
    JsonNode data = answer.path("data");
    Table t = new Table("ID", "NUMBER", "NAME", "TYPE", "CENTER", "CATEGORY");
    for (JsonNode p : data.path("items")) {
      t.row(
          AnswerText.text(p.path("id")),
          AnswerText.text(p.path("number")),
          AnswerText.text(p.path("name")),
          AnswerText.text(p.path("type")),
          center(p),
          AnswerText.text(p.path("category_name")));
    }
    t.print(out);
    Table.printPageFooter(out, data, "products");
    return ComputilityCli.OK;
  }
}
