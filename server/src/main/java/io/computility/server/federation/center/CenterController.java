package io.computility.server.federation.center;

import io.computility.server.identity.CurrentUser;
import io.computility.server.identity.tenancy.SharedResources;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Centers (JC table 1) with their monitoring data (JC table 4). Adapters own them; platform admins
 * may restrict a center to a list of tenants, and other tenants then neither list nor find it.
 */
@RestController
@RequestMapping("/api/v1/centers")
@Tag(name = "Centers", description = "Computing centers and their monitoring (JC-6.1)")
public class CenterController {

  static final int MAX_HISTORY = 1000;

  private final CatalogService catalog;
  private final SharedResources shared;

  public CenterController(CatalogService catalog, SharedResources shared) {
    this.catalog = catalog;
    this.shared = shared;
  }

  @GetMapping
  @Operation(summary = "List the centers the caller sees, with their latest monitoring")
  public Envelope<List<CenterDto>> list() {
    Predicate<String> seen = shared.visibleTo(CurrentUser.get(), SharedResources.CENTER);
    return Envelope.ok(
        catalog.centers().stream()
            .filter(c -> seen.test(c.center().aiCenterId()))
            .map(CenterMapper::toDto)
            .toList());
  }

  @GetMapping("/{centerId}/tenants")
  @Operation(summary = "The tenants a center is restricted to; empty: every tenant")
  public Envelope<List<String>> tenants(@PathVariable String centerId) {
    find(centerId);
    return Envelope.ok(shared.tenants(SharedResources.CENTER, centerId));
  }

  @PutMapping("/{centerId}/tenants")
  @Operation(summary = "Restrict a center to these tenants; an empty list shares it again")
  public Envelope<List<String>> restrict(
      @PathVariable String centerId, @RequestBody(required = false) TenantList body) {
    find(centerId);
    shared.restrict(SharedResources.CENTER, centerId, TenantList.ids(body));
    return Envelope.ok(shared.tenants(SharedResources.CENTER, centerId));
  }

  @GetMapping("/{centerId}")
  @Operation(summary = "One center with its latest monitoring (JC table 4 fields)")
  public Envelope<CenterDto> get(@PathVariable String centerId) {
    return Envelope.ok(CenterMapper.toDto(find(centerId)));
  }

  @GetMapping("/{centerId}/monitoring")
  @Operation(summary = "Monitoring history of a center, oldest first")
  public Envelope<List<MonitoringDto>> monitoring(
      @PathVariable String centerId, @RequestParam(defaultValue = "100") int limit) {
    Check.id(centerId, "centerId");
    if (limit < 1 || limit > MAX_HISTORY) {
      throw Check.bad("limit", "must be between 1 and " + MAX_HISTORY + ", was " + limit);
    }
    find(centerId);
    return Envelope.ok(
        catalog.monitoringHistory(centerId, limit).stream().map(CenterMapper::toDto).toList());
  }

  private CenterInfo find(String centerId) {
    Check.id(centerId, "centerId");
    CenterInfo c =
        catalog
            .center(centerId)
            .orElseThrow(
                () -> new NotFoundException("centerId", "unknown center '" + centerId + "'"));
    shared.requireVisible(
        CurrentUser.get(), SharedResources.CENTER, centerId, "centerId", "center");
    return c;
  }
}
