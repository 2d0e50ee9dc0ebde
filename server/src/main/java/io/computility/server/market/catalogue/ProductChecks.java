package io.computility.server.market.catalogue;

import io.computility.server.federation.Centers;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.InvalidInputException;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Checks a registered or updated product: 400 naming the field for a missing or malformed value, a
 * category that is not second-level, a center the federation does not know.
 */
@Component
class ProductChecks {
  static final int MAX_ITEMS = 20;
  private final CategoryStore categories;
  private final Centers centers;

  ProductChecks(CategoryStore categories, Centers centers) {
    this.categories = categories;
    this.centers = centers;
  }

  ValidProduct check(ProductEdit e, String providerId) {
    return check(e, providerId, true);
  }

  /**
   * Checks every field; {@code knownCenter} false accepts a center the federation does not know
   * (yet): the demo's products name the local pool center before it joins.
   */
  ValidProduct check(ProductEdit e, String providerId, boolean knownCenter) {
    Check.present(e, "body");
    String name = Check.text(e.name(), "name", 128).strip();
    ProductType type = type(e.type());
    String category = Check.id(e.categoryId(), "category_id");
    categories.requireLeaf(category, "category_id");
    String center = center(e.centerId(), type, knownCenter);
    ProductComponents components = ComponentChecks.check(e.components(), "components");
    if (type == ProductType.COMPUTE || type == ProductType.DEV_ENV) {
      ComponentChecks.holdsCompute(components, "components");
    }
    return new ValidProduct(
        name,
        type,
        category,
        center,
        Check.belowBytes(providerId, "provider_id", Check.ID_BYTES),
        text(e.providerName(), "provider_name", 128),
        text(e.introduction(), "introduction", 2000),
        text(e.icon(), "icon", 255),
        components,
        specs(e.specs()),
        durations(e.durations()),
        AttributeChecks.check(e.attributes()));
  }

  static ProductType type(String value) {
    String t = Check.required(value, "type");
    try {
      return ProductType.valueOf(t);
    } catch (IllegalArgumentException ex) {
      throw InvalidInputException.notOneOf("type", Arrays.asList(ProductType.values()), t);
    }
  }

  private String center(String value, ProductType type, boolean known) {
    if (value == null || value.isBlank()) return null;
    Check.id(value, "center_id");
    if (type == ProductType.MANUAL) throw Check.bad("center_id", "a manual service runs on none");
    if (known && centers.find(value).isEmpty()) {
      throw InvalidInputException.unknownReference("center_id", "center", value);
    }
    return value;
  }

  static String text(String value, String field, int max) {
    return value == null ? "" : Check.maxChars(value, field, max);
  }

  private static List<ProductSpec> specs(List<ComponentsEdit.Spec> specs) {
    if (specs == null) return List.of();
    if (specs.size() > MAX_ITEMS)
      throw InvalidInputException.tooLong("specs", MAX_ITEMS, "items", specs.size());
    List<ProductSpec> out = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      String f = "specs[" + i + "]";
      String n = Check.text(specs.get(i).name(), f + ".name", 64);
      out.add(
          new ProductSpec(n, ComponentChecks.check(specs.get(i).components(), f + ".components")));
    }
    return out;
  }

  /** ISO-8601 periods above zero, each once; none given: one month. */
  static List<String> durations(List<String> durations) {
    if (durations == null || durations.isEmpty()) return List.of("P1M");
    if (durations.size() > MAX_ITEMS) {
      throw InvalidInputException.tooLong("durations", MAX_ITEMS, "items", durations.size());
    }
    var seen = new HashSet<String>();
    for (int i = 0; i < durations.size(); i++) {
      String f = "durations[" + i + "]";
      String d = Check.text(durations.get(i), f, 16);
      try {
        Period p = Period.parse(d);
        if (p.isNegative() || p.isZero())
          throw InvalidInputException.badFormat(f, "a period above zero");
      } catch (DateTimeParseException ex) {
        throw InvalidInputException.badFormat(f, "an ISO-8601 period such as P1D or P1M");
      }
      if (!seen.add(d)) throw InvalidInputException.duplicate(f, d);
    }
    return List.copyOf(durations);
  }
}
