package io.computility.server.market.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * The where clause of a product listing, built condition by condition with its arguments. {@link
 * #offeredTo} is {@link Catalogue#offeredTo}'s rule in SQL: on shelf, enabled, shelved for the
 * tenant.
 */
final class ProductFilter {
  /** Words of a search beyond these are ignored. */
  static final int MAX_WORDS = 8;

  private final List<String> conditions = new ArrayList<>();
  private final List<Object> args = new ArrayList<>();

  ProductFilter offeredTo(String tenantId) {
    conditions.add(
        "p.state = 'ON_SHELF' and p.enabled and (p.shelf_scope = 'ALL' or exists (select 1 from"
            + " product_shelf_tenant s where s.product_id = p.id and s.tenant_id = ?))");
    args.add(tenantId);
    return this;
  }

  ProductFilter equal(String column, Object value) {
    if (value == null) return this;
    conditions.add("p." + column + " = ?");
    args.add(value);
    return this;
  }

  /** The category itself or, for a first-level one, any of its children. */
  ProductFilter category(String categoryId) {
    if (categoryId == null) return this;
    conditions.add(
        "(p.category_id = ? or p.category_id in (select id from product_category where parent_id"
            + " = ?))");
    args.add(categoryId);
    args.add(categoryId);
    return this;
  }

  /** Fuzzy search: the words in name, number, provider or introduction, case-insensitive. */
  ProductFilter search(String text) {
    if (text == null || text.isBlank()) return this;
    String[] words = text.strip().split("\\s+");
    for (String word : List.of(words).subList(0, Math.min(MAX_WORDS, words.length))) {
      conditions.add(
          "(p.name ilike ? or p.number ilike ? or p.provider_name ilike ? or p.introduction ilike"
              + " ?)");
      String like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
      for (int i = 0; i < 4; i++) args.add(like);
    }
    return this;
  }

  /** A model-plaza label: an element of a list attribute, or the value of a text attribute. */
  ProductFilter attribute(String key, String value, boolean list) {
    if (value == null || value.isBlank()) return this;
    conditions.add(
        list
            ? "jsonb_exists(p.attributes -> '" + key + "', ?)"
            : "p.attributes ->> '" + key + "' = ?");
    args.add(value);
    return this;
  }

  String where() {
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  List<Object> args() {
    return List.copyOf(args);
  }
}
