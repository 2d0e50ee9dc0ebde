package io.computility.server.market.ticket.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.server.market.ticket.CategoryService;
import io.computility.server.market.ticket.SlaPolicy;
import io.computility.server.market.ticket.TicketCategory;
import io.computility.server.market.ticket.TicketPriority;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Ticket categories (CMP-config 工单分类) with their SLA hours by priority. */
@RestController
@RequestMapping("/api/v1/market/ticket-categories")
@Tag(name = "Market support")
public class TicketCategoryController {
  static final int MAX_SLA_HOURS = 24 * 365;
  private final CategoryService categories;
  private final SlaPolicy sla;

  public TicketCategoryController(CategoryService categories, SlaPolicy sla) {
    this.categories = categories;
    this.sla = sla;
  }

  /** A category; {@code sla_hours} as set on it (a missing priority falls back upwards). */
  public record CategoryDto(
      String id,
      @JsonProperty("parent_id") String parentId,
      String name,
      boolean builtin,
      boolean enabled,
      int sort,
      @JsonProperty("sla_hours") Map<TicketPriority, Integer> slaHours) {}

  /** Every category and the configured default SLA hours. */
  public record CategoriesDto(
      List<CategoryDto> items,
      @JsonProperty("default_sla_hours") Map<TicketPriority, Integer> defaults) {}

  record Edit(
      @JsonProperty("parent_id") String parentId,
      String name,
      Boolean enabled,
      Integer sort,
      @JsonProperty("sla_hours") Map<String, Integer> slaHours) {}

  @GetMapping
  @Operation(summary = "Every ticket category (a tree by parent_id) and the default SLA hours")
  public Envelope<CategoriesDto> list() {
    return Envelope.ok(
        new CategoriesDto(
            categories.all().stream().map(TicketCategoryController::dto).toList(), sla.defaults()));
  }

  @PostMapping
  @Operation(summary = "Adds a category, at the top or below parent_id (at most 4 levels)")
  public ResponseEntity<Envelope<CategoryDto>> create(@RequestBody(required = false) Edit e) {
    if (e == null) throw InvalidInputException.required("name");
    TicketCategory c =
        categories.create(
            Inputs.id(e.parentId(), "parent_id"),
            Inputs.text(e.name(), "name", 128),
            e.enabled() == null || e.enabled(),
            Inputs.between(e.sort(), 0, 1_000_000, "sort", 0),
            hours(e.slaHours()));
    return ResponseEntity.status(201).body(Envelope.created(dto(c)));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Changes a category's name, enabled, sort or SLA hours (given fields)")
  public Envelope<CategoryDto> update(
      @PathVariable String id, @RequestBody(required = false) Edit e) {
    Edit x = e == null ? new Edit(null, null, null, null, null) : e;
    String name = x.name() == null ? null : Inputs.text(x.name(), "name", 128);
    Integer sort = x.sort() == null ? null : Inputs.between(x.sort(), 0, 1_000_000, "sort", 0);
    Map<TicketPriority, Integer> hours = x.slaHours() == null ? null : hours(x.slaHours());
    return Envelope.ok(dto(categories.update(id, name, x.enabled(), sort, hours)));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Deletes a category without sub-categories and tickets (built-ins stay)")
  public Envelope<Void> delete(@PathVariable String id) {
    categories.delete(id);
    return Envelope.ok(null);
  }

  private static Map<TicketPriority, Integer> hours(Map<String, Integer> given) {
    Map<TicketPriority, Integer> out = new EnumMap<>(TicketPriority.class);
    if (given == null) return out;
    for (var en : given.entrySet()) {
      String field = "sla_hours." + en.getKey();
      TicketPriority p = Inputs.enumValue(TicketPriority.class, en.getKey(), field);
      if (p == null) throw InvalidInputException.required(field);
      out.put(p, Inputs.between(en.getValue(), 1, MAX_SLA_HOURS, field, 0));
    }
    return out;
  }

  private static CategoryDto dto(TicketCategory c) {
    return new CategoryDto(
        c.id(), c.parentId(), c.name(), c.builtin(), c.enabled(), c.sort(), c.slaHours());
  }
}
