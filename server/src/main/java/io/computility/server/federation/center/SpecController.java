package io.computility.server.federation.center;

import io.computility.core.catalog.ResourceSpec;
import io.computility.server.identity.AuthUser;
import io.computility.server.identity.CurrentUser;
import io.computility.server.identity.tenancy.ResourceScopes;
import io.computility.server.identity.tenancy.SharedResources;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.ForbiddenException;
import io.computility.server.shared.web.NotFoundException;
import io.computility.server.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Resource specs, JC table 3. Specs created by platform-side callers are shared with every tenant
 * unless restricted to a list of tenants; a tenant-side caller creates private specs of its tenant
 * and organisation and may change only those. Callers see only what {@link SharedResources} shows
 * them; anything else answers 404.
 */
@RestController
@RequestMapping("/api/v1/specs")
@Tag(name = "Resource specs", description = "Resource specs (JC-6.1.2, table 3)")
public class SpecController {

  private static final String ID = "resource_spec_id";

  private final CatalogService catalog;
  private final SharedResources shared;
  private final ResourceScopes scopes;
  private final TransactionTemplate tx;

  public SpecController(
      CatalogService catalog,
      SharedResources shared,
      ResourceScopes scopes,
      TransactionTemplate tx) {
    this.catalog = catalog;
    this.shared = shared;
    this.scopes = scopes;
    this.tx = tx;
  }

  @GetMapping
  @Operation(
      summary =
          "List the resource specs the caller may use; optional page, size, sort (id, name,"
              + " -id …; X-Total-Count: the number visible)")
  public Envelope<List<SpecDto>> list(
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      HttpServletResponse response) {
    Paging paging = new Paging(page, size, sort);
    Predicate<String> seen = shared.visibleTo(CurrentUser.get(), ResourceScopes.SPEC);
    List<SpecDto> all =
        catalog.specs().stream()
            .filter(s -> seen.test(s.resourceSpecId()))
            .map(SpecMapper::toDto)
            .toList();
    return Envelope.ok(paging.apply(all, SORT, response));
  }

  private static final Map<String, Comparator<SpecDto>> SORT =
      Map.of(
          "id",
          Comparator.comparing(SpecDto::resourceSpecId),
          "name",
          Comparator.comparing(
              SpecDto::resourceSpecName, Comparator.nullsFirst(Comparator.naturalOrder())));

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
    AuthUser me = CurrentUser.get();
    ResourceSpec saved =
        tx.execute(
            s -> {
              ResourceSpec v = catalog.saveSpec(spec, true);
              if (!me.platformSide()) scopes.record(ResourceScopes.SPEC, v.resourceSpecId(), me);
              return v;
            });
    return ResponseEntity.status(201).body(Envelope.created(SpecMapper.toDto(saved)));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Replace a resource spec; created_at is kept")
  public Envelope<SpecDto> update(
      @PathVariable String id, @RequestBody(required = false) SpecDto body) {
    Check.id(id, ID);
    // a tenant learns nothing, not even a shape error, about a spec it may not change
    if (!CurrentUser.get().platformSide()) writable(id);
    SpecMapper.toDomain(body, id, null, null); // shape check before the catalog is read
    Instant created = writable(id).createdAt();
    ResourceSpec spec = SpecMapper.toDomain(body, id, created, Instant.now());
    return Envelope.ok(SpecMapper.toDto(catalog.saveSpec(spec, false)));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete a resource spec")
  public Envelope<Void> delete(@PathVariable String id) {
    Check.id(id, ID);
    if (!CurrentUser.get().platformSide()) writable(id);
    tx.executeWithoutResult(
        s -> {
          catalog.deleteSpec(id);
          shared.forget(ResourceScopes.SPEC, id);
        });
    return Envelope.ok(null);
  }

  @GetMapping("/{id}/tenants")
  @Operation(summary = "The tenants a platform spec is restricted to; empty: every tenant")
  public Envelope<List<String>> tenants(@PathVariable String id) {
    find(id);
    return Envelope.ok(shared.tenants(ResourceScopes.SPEC, id));
  }

  @PutMapping("/{id}/tenants")
  @Operation(summary = "Restrict a platform spec to these tenants; an empty list shares it again")
  public Envelope<List<String>> restrict(
      @PathVariable String id, @RequestBody(required = false) TenantList body) {
    find(id);
    if (scopes.owner(ResourceScopes.SPEC, id).isPresent()) {
      throw new ConflictException(ID, "is a tenant's private spec; it is never shared");
    }
    shared.restrict(ResourceScopes.SPEC, id, TenantList.ids(body));
    return Envelope.ok(shared.tenants(ResourceScopes.SPEC, id));
  }

  /** A spec the caller sees; 404 otherwise. */
  private ResourceSpec find(String id) {
    ResourceSpec spec =
        catalog
            .spec(Check.id(id, ID))
            .orElseThrow(() -> new NotFoundException(ID, "unknown resource spec '" + id + "'"));
    shared.requireVisible(CurrentUser.get(), ResourceScopes.SPEC, id, ID, "resource spec");
    return spec;
  }

  /** A spec the caller may change: a tenant-side caller only its tenant's private specs. */
  private ResourceSpec writable(String id) {
    ResourceSpec spec = find(id);
    AuthUser me = CurrentUser.get();
    if (!me.platformSide() && scopes.owner(ResourceScopes.SPEC, id).isEmpty()) {
      throw new ForbiddenException(ID, "platform specs are managed by platform administrators");
    }
    return spec;
  }
}
