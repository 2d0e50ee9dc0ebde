package io.computility.server.market.catalogue;

import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** The model plaza's labels: few and short, chip types from the known list. */
final class AttributeChecks {
  private AttributeChecks() {}

  static ProductAttributes check(ProductAttributes a) {
    if (a == null) return ProductAttributes.NONE;
    List<String> tags = list(a.tags(), "attributes.tags");
    List<String> chips = list(a.chipTypes(), "attributes.chip_types");
    for (int i = 0; i < chips.size(); i++) {
      if (!ProductAttributes.CHIPS.contains(chips.get(i))) {
        throw InvalidInputException.notOneOf(
            "attributes.chip_types[" + i + "]", ProductAttributes.CHIPS, chips.get(i));
      }
    }
    return new ProductAttributes(
        tags,
        ProductChecks.text(a.task(), "attributes.task", 64),
        ProductChecks.text(a.framework(), "attributes.framework", 64),
        chips,
        ProductChecks.text(a.modelVersion(), "attributes.model_version", 64),
        ProductChecks.text(a.dataVolume(), "attributes.data_volume", 64));
  }

  private static List<String> list(List<String> values, String field) {
    if (values == null) return List.of();
    if (values.size() > ProductChecks.MAX_ITEMS) {
      throw InvalidInputException.tooLong(field, ProductChecks.MAX_ITEMS, "items", values.size());
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String v = Check.text(values.get(i), field + "[" + i + "]", 32).strip();
      if (out.contains(v)) throw InvalidInputException.duplicate(field + "[" + i + "]", v);
      out.add(v);
    }
    return out;
  }
}
