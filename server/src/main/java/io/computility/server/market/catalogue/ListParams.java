package io.computility.server.market.catalogue;

import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.InvalidInputException;
import io.computility.server.shared.web.Paging;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.Arrays;

/**
 * The query parameters of the product listings (back office and marketplace), bound by Spring and
 * checked here: 400 naming the parameter for a bad value.
 */
public record ListParams(
    @Parameter(description = "words searched in name, number, provider and introduction")
        String search,
    @Parameter(description = "COMPUTE, DEV_ENV, MODEL_SERVICE, STORAGE or MANUAL") String type,
    @Parameter(description = "a category; a first-level one includes its children")
        String category_id,
    @Parameter(description = "back office: DRAFT, ON_SHELF or OFF_SHELF") String state,
    @Parameter(description = "model plaza: a tag") String tag,
    @Parameter(description = "model plaza: the task scene") String task,
    @Parameter(description = "model plaza: the training framework") String framework,
    @Parameter(description = "model plaza: a chip type") String chip,
    @Parameter(description = "0-based page") Integer page,
    @Parameter(description = "page size, 1 to 1000, 20 by default") Integer size) {

  String searchText() {
    return Check.maxChars(blank(search), "search", 128);
  }

  ProductType productType() {
    return blank(type) == null ? null : ProductChecks.type(type);
  }

  String categoryId() {
    return blank(category_id) == null ? null : Check.id(category_id, "category_id");
  }

  String productState() {
    if (blank(state) == null) return null;
    try {
      return ProductState.valueOf(state).name();
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.notOneOf("state", Arrays.asList(ProductState.values()), state);
    }
  }

  String label(String value, String field) {
    return Check.maxChars(blank(value), field, 64);
  }

  int pageNumber() {
    return page == null ? 0 : Check.page(page);
  }

  int pageSize() {
    return size == null ? 20 : Check.pageSize(size, Paging.MAX_SIZE);
  }

  /** The conditions all listings share. */
  ProductFilter filter() {
    ProductType t = productType();
    return new ProductFilter()
        .equal("type", t == null ? null : t.name())
        .category(categoryId())
        .search(searchText())
        .attribute("tags", label(tag, "tag"), true)
        .attribute("task", label(task, "task"), false)
        .attribute("framework", label(framework, "framework"), false)
        .attribute("chip_types", label(chip, "chip"), true);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
