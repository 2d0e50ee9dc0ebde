package io.computility.server.identity.tenancy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.server.identity.AuthUser;
import io.computility.server.identity.CurrentUser;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.ForbiddenException;
import io.computility.server.shared.web.NotFoundException;
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

/**
 * CMP tenancy: tenants with their quotas (total, allocated to organisations, available, used and in
 * flight). Platform-side callers manage every tenant; a tenant's own users see only theirs.
 */
@RestController
@RequestMapping("/api/v1/tenants")
@Tag(name = "Tenancy")
public class TenantController {
  private final TenantService service;
  private final TenantStore tenants;

  public TenantController(TenantService service, TenantStore tenants) {
    this.service = service;
    this.tenants = tenants;
  }

  /** A new tenant with its first administrator. */
  public record NewTenant(
      String name,
      String desc,
      Quota quota,
      @JsonProperty("admin_username") String adminUsername,
      @JsonProperty("admin_password") String adminPassword,
      @JsonProperty("quota_enforced") Boolean quotaEnforced) {}

  /** Fields left out keep their value; {@code quota_enforced} is the quota switch. */
  public record TenantEdit(
      String name,
      String desc,
      Quota quota,
      @JsonProperty("quota_enforced") Boolean quotaEnforced) {}

  /** A tenant with its quota figures. */
  public record TenantData(
      String id,
      String name,
      String desc,
      boolean platform,
      boolean enabled,
      @JsonProperty("quota_enforced") boolean quotaEnforced,
      @JsonProperty("quota_total") Quota total,
      @JsonProperty("quota_allocated") Quota allocated,
      @JsonProperty("quota_available") Quota available,
      @JsonProperty("quota_used") Quota used,
      @JsonProperty("quota_in_flight") Quota inFlight,
      @JsonProperty("created_at") Instant createdAt) {}

  @GetMapping
  @Operation(summary = "Tenants the caller may see")
  public Envelope<List<TenantData>> list() {
    AuthUser me = CurrentUser.get();
    List<TenantRow> rows =
        me.seesAllTenants() ? tenants.all() : tenants.find(me.tenantId()).stream().toList();
    return Envelope.ok(rows.stream().map(service::details).toList());
  }

  @PostMapping
  @Operation(summary = "Create a tenant with its root organisation and first administrator")
  public ResponseEntity<Envelope<TenantData>> create(
      @RequestBody(required = false) NewTenant body) {
    platformOnly();
    Check.present(body, "body");
    TenantRow t = service.create(body);
    return ResponseEntity.status(201).body(Envelope.created(service.details(t)));
  }

  @GetMapping("/{tenantId}")
  @Operation(summary = "A tenant's details and quota figures")
  public Envelope<TenantData> get(@PathVariable String tenantId) {
    return Envelope.ok(service.details(visible(tenantId)));
  }

  @PutMapping("/{tenantId}")
  @Operation(summary = "Edit a tenant's name, description and quota")
  public Envelope<TenantData> edit(
      @PathVariable String tenantId, @RequestBody(required = false) TenantEdit body) {
    platformOnly();
    Check.present(body, "body");
    TenantRow t = visible(tenantId);
    return Envelope.ok(service.details(service.edit(t, body)));
  }

  @PostMapping("/{tenantId}/enable")
  @Operation(summary = "Enable a tenant")
  public Envelope<TenantData> enable(@PathVariable String tenantId) {
    return Envelope.ok(service.details(service.setEnabled(changeable(tenantId), true)));
  }

  @PostMapping("/{tenantId}/disable")
  @Operation(summary = "Disable a tenant: its users can no longer log in or use tokens")
  public Envelope<TenantData> disable(@PathVariable String tenantId) {
    return Envelope.ok(service.details(service.setEnabled(changeable(tenantId), false)));
  }

  @DeleteMapping("/{tenantId}")
  @Operation(summary = "Delete a tenant with its organisations, users and custom roles")
  public Envelope<Void> delete(@PathVariable String tenantId) {
    TenantRow t = changeable(tenantId);
    if (!tenants.delete(t.id())) throw new ConflictException("tenantId", "cannot be deleted");
    return Envelope.ok(null);
  }

  private TenantRow changeable(String tenantId) {
    platformOnly();
    TenantRow t = visible(tenantId);
    if (t.platform()) throw new ConflictException("tenantId", "the platform tenant cannot change");
    return t;
  }

  private TenantRow visible(String tenantId) {
    Check.id(tenantId, "tenantId");
    AuthUser me = CurrentUser.get();
    return tenants
        .find(tenantId)
        .filter(t -> me.seesAllTenants() || t.id().equals(me.tenantId()))
        .orElseThrow(() -> new NotFoundException("tenantId", "no tenant '" + tenantId + "'"));
  }

  private static void platformOnly() {
    if (!CurrentUser.get().seesAllTenants()) {
      throw new ForbiddenException("tenant", "only platform-side roles manage tenants");
    }
  }
}
