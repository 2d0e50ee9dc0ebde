package io.computility.server.market.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.Envelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The two-level product categories (NET-8.3b 分类): the tree, create, rename, delete. */
@RestController
@RequestMapping("/api/v1/market/categories")
@Tag(name = "Market catalogue")
public class CategoryController {
  private final CategoryStore store;
  private final Clock clock;

  CategoryController(CategoryStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** A category as a client sends it; the parent is fixed at creation. */
  public record CategoryEdit(
      @JsonProperty("name") String name,
      @JsonProperty("parent_id") String parentId,
      @JsonProperty("sort") Integer sort) {}

  @GetMapping
  @Operation(summary = "The category tree: first-level categories with their children")
  public Envelope<List<Category>> tree() {
    List<Category> all = store.all();
    return Envelope.ok(
        all.stream()
            .filter(c -> c.parentId() == null)
            .map(
                p -> p.withChildren(all.stream().filter(c -> p.id().equals(c.parentId())).toList()))
            .toList());
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create a category; a child's parent must be a first-level category")
  @Transactional
  public Envelope<Category> create(@RequestBody(required = false) CategoryEdit e) {
    Check.present(e, "body");
    String name = Check.text(e.name(), "name", 128).strip();
    String parent = e.parentId() == null || e.parentId().isBlank() ? null : e.parentId();
    if (parent != null) {
      Category p = store.require(parent, "parent_id");
      if (p.parentId() != null) throw Check.bad("parent_id", "must be a first-level category");
    }
    String id = CatalogueIds.next("cat");
    if (store.nameTaken(parent, name, id)) throw ConflictException.duplicate("name", name);
    store.insert(id, parent, name, sort(e.sort()), clock.instant());
    return Envelope.created(store.find(id).orElseThrow());
  }

  @PutMapping("/{id}")
  @Operation(summary = "Rename or reorder a category")
  @Transactional
  public Envelope<Category> update(
      @PathVariable String id, @RequestBody(required = false) CategoryEdit e) {
    Check.present(e, "body");
    Category c = store.require(id, "id");
    String name = Check.text(e.name(), "name", 128).strip();
    if (e.parentId() != null) {
      Check.samePathId(e.parentId(), c.parentId() == null ? "" : c.parentId(), "parent_id");
    }
    if (store.nameTaken(c.parentId(), name, id)) throw ConflictException.duplicate("name", name);
    store.update(id, name, e.sort() == null ? c.sort() : sort(e.sort()));
    return Envelope.ok(store.find(id).orElseThrow());
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete a category no product and no child category uses (409 otherwise)")
  @Transactional
  public Envelope<Void> delete(@PathVariable String id) {
    store.delete(store.require(id, "id"));
    return Envelope.ok(null);
  }

  private static int sort(Integer sort) {
    if (sort == null) return 0;
    return (int) Check.between(sort, 0, 1_000_000, "sort");
  }
}
