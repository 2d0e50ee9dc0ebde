package io.computility.server.market.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A category of the two-level tree: a first-level one (no parent) holds second-level ones, which
 * hold products. {@code children} is filled in the tree answer only.
 */
public record Category(
    @JsonProperty("id") String id,
    @JsonProperty("parent_id") String parentId,
    @JsonProperty("name") String name,
    @JsonProperty("sort") int sort,
    @JsonProperty("children") @JsonInclude(JsonInclude.Include.NON_NULL) List<Category> children) {

  Category withChildren(List<Category> c) {
    return new Category(id, parentId, name, sort, c);
  }
}
