package io.computility.server.identity.tenancy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.server.identity.AuthUser;
import io.computility.server.identity.CurrentUser;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The leader of an organisation (issue 16): the approver of approval steps of kind ORG_LEADER for
 * applicants of the organisation and of its children without a leader of their own.
 */
@RestController
@RequestMapping("/api/v1/orgs/{orgId}/leader")
@Tag(name = "Tenancy")
public class OrgLeaderController {
  private final JdbcTemplate jdbc;
  private final TenantAccess access;
  private final UserStore users;

  public OrgLeaderController(JdbcTemplate jdbc, TenantAccess access, UserStore users) {
    this.jdbc = jdbc;
    this.access = access;
    this.users = users;
  }

  /** The leader: a user of the tenant, or null for none. */
  public record Leader(
      @JsonProperty("org_id") String orgId, @JsonProperty("leader_id") String leaderId) {}

  @GetMapping
  @Operation(summary = "The organisation's leader (null: none)")
  public Envelope<Leader> get(
      @PathVariable String orgId,
      @RequestParam(name = "tenant_id", required = false) String tenantId) {
    AuthUser me = CurrentUser.get();
    OrgRow o = access.org(me, access.tenant(me, tenantId), orgId);
    return Envelope.ok(
        new Leader(
            o.id(),
            jdbc.queryForObject(
                "select leader_id from org_unit where id = ?", String.class, o.id())));
  }

  @PutMapping
  @Operation(summary = "Set (or with leader_id null clear) the organisation's leader")
  public Envelope<Leader> set(
      @PathVariable String orgId,
      @RequestBody(required = false) Leader body,
      @RequestParam(name = "tenant_id", required = false) String tenantId) {
    Check.present(body, "body");
    AuthUser me = CurrentUser.get();
    String tenant = access.tenant(me, tenantId);
    OrgRow o = access.org(me, tenant, orgId);
    String leader = body.leaderId();
    if (leader != null) {
      Check.id(leader, "leader_id");
      if (users.find(tenant, leader).isEmpty()) {
        throw InvalidInputException.unknownReference("leader_id", "user of the tenant", leader);
      }
    }
    jdbc.update("update org_unit set leader_id = ? where id = ?", leader, o.id());
    return Envelope.ok(new Leader(o.id(), leader));
  }
}
