package io.computility.server.identity.tenancy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.server.identity.AuthUser;
import io.computility.server.identity.CurrentUser;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.ForbiddenException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.HashMap;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A tenant's organisation tree: multi-level, member counts including sub-organisations, a quota per
 * organisation that its children together may not exceed.
 */
@RestController
@RequestMapping("/api/v1/orgs")
@Tag(name = "Tenancy")
public class OrgController {
  private final OrgStore orgs;
  private final TenantAccess access;
  private final Clock clock;
  private final QuotaUsage usage;

  public OrgController(OrgStore orgs, TenantAccess access, Clock clock, QuotaUsage usage) {
    this.usage = usage;
    this.orgs = orgs;
    this.access = access;
    this.clock = clock;
  }

  /** Fields left out keep their value; {@code quota_enforced} is the platform's quota switch. */
  public record OrgEdit(
      String name,
      @JsonProperty("parent_id") String parentId,
      Quota quota,
      @JsonProperty("quota_enforced") Boolean quotaEnforced) {}

  public record OrgData(
      String id,
      @JsonProperty("tenant_id") String tenantId,
      @JsonProperty("parent_id") String parentId,
      String name,
      Quota quota,
      @JsonProperty("quota_enforced") boolean quotaEnforced,
      @JsonProperty("quota_allocated") Quota allocated,
      @JsonProperty("quota_available") Quota available,
      @JsonProperty("quota_used") Quota used,
      @JsonProperty("quota_in_flight") Quota inFlight,
      @JsonProperty("direct_members") long directMembers,
      @JsonProperty("members") long members) {}

  @GetMapping
  @Operation(summary = "The organisations of the tenant within the caller's data scope")
  public Envelope<List<OrgData>> list(
      @RequestParam(name = "tenant_id", required = false) String tenantId) {
    AuthUser me = CurrentUser.get();
    String tenant = access.tenant(me, tenantId);
    return Envelope.ok(view(tenant).stream().filter(o -> access.visible(me, o.id())).toList());
  }

  @GetMapping("/{orgId}")
  @Operation(summary = "One organisation with its member counts")
  public Envelope<OrgData> get(
      @PathVariable String orgId,
      @RequestParam(name = "tenant_id", required = false) String tenantId) {
    AuthUser me = CurrentUser.get();
    String tenant = access.tenant(me, tenantId);
    access.org(me, tenant, orgId);
    return Envelope.ok(
        view(tenant).stream().filter(o -> o.id().equals(orgId)).findFirst().orElseThrow());
  }

  @PostMapping
  @Operation(summary = "Create an organisation under parent_id")
  public ResponseEntity<Envelope<OrgData>> create(
      @RequestBody(required = false) OrgEdit body,
      @RequestParam(name = "tenant_id", required = false) String tenantId) {
    Check.present(body, "body");
    AuthUser me = CurrentUser.get();
    String tenant = access.tenant(me, tenantId);
    String name = Check.text(body.name(), "name", 128);
    OrgRow parent = access.org(me, tenant, Check.id(body.parentId(), "parent_id"));
    Quota quota = TenantService.checkQuota(body.quota(), "quota");
    checkFits(tenant, parent, null, quota);
    OrgRow o = new OrgRow(Ids.next("o"), tenant, parent.id(), name, quota, true, clock.instant());
    Boolean enforced = quotaSwitch(me, body.quotaEnforced(), true);
    orgs.insert(o);
    if (enforced != null) orgs.setQuotaEnforced(tenant, o.id(), enforced);
    return ResponseEntity.status(201).body(Envelope.created(find(tenant, o.id())));
  }

  @PutMapping("/{orgId}")
  @Operation(summary = "Rename, move or re-quota an organisation")
  public Envelope<OrgData> edit(
      @PathVariable String orgId,
      @RequestBody(required = false) OrgEdit body,
      @RequestParam(name = "tenant_id", required = false) String tenantId) {
    Check.present(body, "body");
    AuthUser me = CurrentUser.get();
    String tenant = access.tenant(me, tenantId);
    OrgRow o = access.org(me, tenant, orgId);
    String name = body.name() == null ? o.name() : Check.text(body.name(), "name", 128);
    Quota quota =
        body.quota() == null ? o.quota() : TenantService.checkQuota(body.quota(), "quota");
    String parentId = o.parentId();
    if (body.parentId() != null && o.parentId() != null) {
      OrgRow p = access.org(me, tenant, body.parentId());
      if (orgs.withDescendants(tenant, o.id()).contains(p.id())) {
        throw Check.bad("parent_id", "cannot be the organisation itself or below it");
      }
      parentId = p.id();
    }
    if (parentId != null) {
      checkFits(tenant, orgs.find(tenant, parentId).orElseThrow(), o.id(), quota);
    }
    Boolean enforced = quotaSwitch(me, body.quotaEnforced(), o.quotaEnforced());
    orgs.update(tenant, o.id(), name, parentId, quota);
    if (enforced != null) orgs.setQuotaEnforced(tenant, o.id(), enforced);
    return Envelope.ok(find(tenant, o.id()));
  }

  /**
   * The new value of an organisation's quota switch, or null when unchanged. Only platform-side
   * roles turn it: a tenant admin switching its own organisations off would lift the limits the
   * platform relies on.
   */
  private static Boolean quotaSwitch(AuthUser me, Boolean wanted, boolean current) {
    if (wanted == null || wanted == current) return null;
    if (!me.seesAllTenants()) {
      throw new ForbiddenException(
          "quota_enforced", "only platform-side roles switch quota enforcement");
    }
    return wanted;
  }

  @DeleteMapping("/{orgId}")
  @Operation(summary = "Delete an empty leaf organisation")
  public Envelope<Void> delete(
      @PathVariable String orgId,
      @RequestParam(name = "tenant_id", required = false) String tenantId) {
    AuthUser me = CurrentUser.get();
    String tenant = access.tenant(me, tenantId);
    OrgRow o = access.org(me, tenant, orgId);
    if (!orgs.deleteEmptyLeaf(tenant, o.id())) {
      throw new ConflictException(
          "orgId", "has sub-organisations, members or business systems, or is the root");
    }
    return Envelope.ok(null);
  }

  /** Children of a parent together may not get more than the parent holds. */
  private void checkFits(String tenant, OrgRow parent, String replacing, Quota quota) {
    Quota siblings =
        orgs.tree(tenant).stream()
            .filter(o -> parent.id().equals(o.parentId()) && !o.id().equals(replacing))
            .map(OrgRow::quota)
            .reduce(Quota.ZERO, Quota::plus);
    String over = siblings.plus(quota).exceeding(parent.quota());
    if (over != null) {
      throw Check.bad("quota." + over, "exceeds what the parent organisation has left");
    }
  }

  private OrgData find(String tenant, String orgId) {
    return view(tenant).stream().filter(o -> o.id().equals(orgId)).findFirst().orElseThrow();
  }

  private List<OrgData> view(String tenant) {
    List<OrgRow> tree = orgs.tree(tenant);
    Map<String, Long> direct = orgs.directMembers(tenant);
    Map<String, QuotaUsage.Usage> own = usage.byOrg(tenant);
    Map<String, Long> total = new HashMap<>();
    Map<String, Quota> allocated = new HashMap<>();
    Map<String, QuotaUsage.Usage> held = new HashMap<>();
    for (OrgRow o : tree) {
      if (o.parentId() != null) allocated.merge(o.parentId(), o.quota(), Quota::plus);
      List<String> subtree = OrgStore.withDescendants(tree, o.id());
      // usage covers the sub-organisations, as quota enforcement counts it
      held.put(o.id(), QuotaUsage.sum(subtree.stream().map(own::get).toList()));
      total.put(o.id(), subtree.stream().mapToLong(id -> direct.getOrDefault(id, 0L)).sum());
    }
    return tree.stream()
        .map(
            o ->
                new OrgData(
                    o.id(),
                    o.tenantId(),
                    o.parentId(),
                    o.name(),
                    o.quota(),
                    o.quotaEnforced(),
                    allocated.getOrDefault(o.id(), Quota.ZERO),
                    o.quota().minus(allocated.getOrDefault(o.id(), Quota.ZERO)),
                    held.get(o.id()).used(),
                    held.get(o.id()).inFlight(),
                    direct.getOrDefault(o.id(), 0L),
                    total.get(o.id())))
        .toList();
  }
}
