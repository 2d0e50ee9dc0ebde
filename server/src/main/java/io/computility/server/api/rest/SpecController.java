package io.computility.server.api.rest;

import io.computility.core.catalog.ResourceSpec;
import io.computility.server.api.dto.Envelope;
import io.computility.server.api.dto.SpecDto;
import io.computility.server.api.mapper.SpecMapper;
import io.computility.server.api.validate.Check;
import io.computility.server.catalog.CatalogService;
import io.computility.server.support.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Resource specs, JC table 3. */
@RestController
@RequestMapping("/api/v1/specs")
@Tag(name = "Resource specs", description = "Resource specs (JC-6.1.2, table 3)")
public class SpecController {

  private static final String ID = "resource_spec_id";

  private final CatalogService catalog;

  public SpecController(CatalogService catalog) {
    this.catalog = catalog;
  }

  @GetMapping
  @Operation(summary = "List resource specs")
  public Envelope<List<SpecDto>> list() {
    return Envelope.ok(catalog.specs().stream().map(SpecMapper::toDto).toList());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One resource spec")
  public Envelope<SpecDto> get(@PathVariable String id) {
    return Envelope.ok(SpecMapper.toDto(find(id)));
  }

  @PostMapping
  @Operation(summary = "Create a resource spec; 409 if the id exists")
  public ResponseEntity<Envelope<SpecDto>> create(@RequestBody(required = false) SpecDto body) {
    Instant now = Instant.now();
    ResourceSpec spec = SpecMapper.toDomain(body, null, now, now);
    return ResponseEntity.status(201)
        .body(Envelope.created(SpecMapper.toDto(catalog.saveSpec(spec, true))));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Replace a resource spec; created_at is kept")
  public Envelope<SpecDto> update(
      @PathVariable String id, @RequestBody(required = false) SpecDto body) {
    Check.id(id, ID);
    SpecMapper.toDomain(body, id, null, null); // shape check before the catalog is read
    Instant created = find(id).createdAt();
    ResourceSpec spec = SpecMapper.toDomain(body, id, created, Instant.now());
    return Envelope.ok(SpecMapper.toDto(catalog.saveSpec(spec, false)));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete a resource spec")
  public Envelope<Void> delete(@PathVariable String id) {
    catalog.deleteSpec(Check.id(id, ID));
    return Envelope.ok(null);
  }

  private ResourceSpec find(String id) {
    return catalog
        .spec(Check.id(id, ID))
        .orElseThrow(() -> new NotFoundException(ID, "unknown resource spec '" + id + "'"));
  }
}
