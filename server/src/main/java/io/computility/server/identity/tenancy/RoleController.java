package io.computility.server.identity.tenancy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.server.identity.AuthUser;
import io.computility.server.identity.CurrentUser;
import io.computility.server.identity.DataScope;
import io.computility.server.identity.Permission;
import io.computility.server.identity.Permissions;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.ForbiddenException;
import io.computility.server.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
 * Roles: the built-in ones (read-only here) and a tenant's custom roles with permission codes, a
 * data scope and a read-only flag.
 */
@RestController
@RequestMapping("/api/v1/roles")
@Tag(name = "Roles")
public class RoleController {
  private final RoleStore roles;
  private final TenantStore tenants;
  private final TenantAccess access;
  private final Clock clock;

  public RoleController(RoleStore roles, TenantStore tenants, TenantAccess access, Clock clock) {
    this.roles = roles;
    this.tenants = tenants;
    this.access = access;
    this.clock = clock;
  }

  public record RoleEdit(
      String name,
      List<String> permissions,
      @JsonProperty("data_scope") String dataScope,
      @JsonProperty("scope_orgs") List<String> scopeOrgs,
      @JsonProperty("read_only") Boolean readOnly) {}

  public record RoleData(
      String id,
      @JsonProperty("tenant_id") String tenantId,
      String name,
      String side,
      boolean builtin,
      @JsonProperty("read_only") boolean readOnly,
      @JsonProperty("data_scope") String dataScope,
      @JsonProperty("scope_orgs") List<String> scopeOrgs,
      List<String> permissions,
      @Schema(
              description =
                  "built-in roles: a stable code (role.<id>) the console translates name and"
                      + " description by; absent for custom roles (docs/api.md)")
          @com.fasterxml.jackson.annotation.JsonInclude(
              com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
          String code) {}

  @GetMapping
  @Operation(summary = "Built-in roles and the caller's tenant's custom roles")
  public Envelope<List<RoleData>> list() {
    return Envelope.ok(
        roles.list(CurrentUser.get().tenantId()).stream().map(RoleController::data).toList());
  }

  @GetMapping("/{roleId}")
  @Operation(summary = "One role")
  public Envelope<RoleData> get(@PathVariable String roleId) {
    return Envelope.ok(data(visible(roleId)));
  }

  @PostMapping
  @Operation(summary = "Create a custom role of the caller's tenant")
  public ResponseEntity<Envelope<RoleData>> create(@RequestBody(required = false) RoleEdit body) {
    Check.present(body, "body");
    AuthUser me = CurrentUser.get();
    RoleRow r = build(me, Ids.next("r"), body);
    roles.upsert(r);
    return ResponseEntity.status(201)
        .body(Envelope.created(data(roles.byId(r.id()).orElseThrow())));
  }

  @PutMapping("/{roleId}")
  @Operation(summary = "Change a custom role")
  public Envelope<RoleData> edit(
      @PathVariable String roleId, @RequestBody(required = false) RoleEdit body) {
    Check.present(body, "body");
    RoleRow r = custom(roleId);
    roles.upsert(build(CurrentUser.get(), r.id(), body));
    return Envelope.ok(data(roles.byId(r.id()).orElseThrow()));
  }

  @DeleteMapping("/{roleId}")
  @Operation(summary = "Delete a custom role; built-in roles cannot be deleted")
  public Envelope<Void> delete(@PathVariable String roleId) {
    roles.deleteCustom(CurrentUser.get().tenantId(), custom(roleId).id());
    return Envelope.ok(null);
  }

  private RoleRow build(AuthUser me, String id, RoleEdit body) {
    String name = Check.text(body.name(), "name", 128);
    boolean readOnly = Boolean.TRUE.equals(body.readOnly());
    DataScope scope = DataScope.parse(Check.required(body.dataScope(), "data_scope"));
    if (scope == null)
      throw Check.bad("data_scope", "must be one of " + List.of(DataScope.values()));
    boolean platform = tenants.find(me.tenantId()).map(TenantRow::platform).orElse(false);
    if (scope == DataScope.ALL && !platform) scope = DataScope.TENANT;
    Set<String> perms = new LinkedHashSet<>();
    List<String> asked = body.permissions() == null ? List.of() : body.permissions();
    for (int i = 0; i < asked.size(); i++) {
      String field = "permissions[" + i + "]";
      String code = Check.required(asked.get(i), field);
      Permission p =
          Permissions.find(code)
              .orElseThrow(() -> Check.bad(field, "unknown permission '" + code + "'"));
      if (readOnly && !p.readOnly())
        throw Check.bad(field, "'" + code + "' is not allowed in a read-only role");
      if (!platform && p.side() == Permission.Side.PLATFORM) {
        throw Check.bad(field, "'" + code + "' is platform-side");
      }
      if (!me.can(code) && p.kind() != Permission.Kind.MENU) {
        throw new ForbiddenException(field, "'" + code + "' is not yours to grant");
      }
      perms.add(code);
    }
    List<String> orgs = body.scopeOrgs() == null ? List.of() : body.scopeOrgs();
    if (scope == DataScope.CUSTOM && orgs.isEmpty())
      throw Check.bad("scope_orgs", "is required for CUSTOM");
    for (int i = 0; i < orgs.size(); i++) {
      String o = orgs.get(i);
      if (o == null || !access.visible(me, o) || access.org(me, me.tenantId(), o) == null) {
        throw Check.bad("scope_orgs[" + i + "]", "is not an organisation of this tenant");
      }
    }
    return new RoleRow(
        id,
        me.tenantId(),
        name,
        platform ? "PLATFORM" : "TENANT",
        false,
        readOnly,
        scope,
        orgs,
        perms,
        clock.instant());
  }

  private RoleRow custom(String roleId) {
    RoleRow r = visible(roleId);
    if (r.builtin())
      throw new ConflictException("roleId", "built-in roles cannot be changed or deleted");
    return r;
  }

  private RoleRow visible(String roleId) {
    Check.id(roleId, "roleId");
    return roles
        .find(CurrentUser.get().tenantId(), roleId)
        .orElseThrow(() -> new NotFoundException("roleId", "no role '" + roleId + "'"));
  }

  static RoleData data(RoleRow r) {
    return new RoleData(
        r.id(),
        r.tenantId(),
        r.name(),
        r.side(),
        r.builtin(),
        r.readOnly(),
        r.dataScope().name(),
        r.scopeOrgs(),
        r.permissions().stream().sorted().toList(),
        r.builtin() ? "role." + r.id() : null);
  }
}
