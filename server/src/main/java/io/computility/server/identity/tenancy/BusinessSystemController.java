package io.computility.server.identity.tenancy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.server.identity.AuthUser;
import io.computility.server.identity.CurrentUser;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Business systems: owned by one organisation, members from any organisation of the tenant. */
@RestController
@RequestMapping("/api/v1/business-systems")
@Tag(name = "Tenancy")
public class BusinessSystemController {
  private final JdbcTemplate jdbc;
  private final TenantAccess access;
  private final UserStore users;
  private final java.time.Clock clock;

  public BusinessSystemController(
      JdbcTemplate jdbc, TenantAccess access, UserStore users, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.users = users;
    this.clock = clock;
  }

  public record SystemEdit(
      String name, @JsonProperty("org_id") String orgId, List<String> members) {}

  public record SystemData(
      String id,
      @JsonProperty("tenant_id") String tenantId,
      @JsonProperty("org_id") String orgId,
      String name,
      List<String> members) {}

  @GetMapping
  @Operation(summary = "Business systems of the caller's tenant within its data scope")
  public Envelope<List<SystemData>> list() {
    AuthUser me = CurrentUser.get();
    return Envelope.ok(
        jdbc
            .query(
                "select id from business_system where tenant_id = ? order by name",
                (rs, i) -> rs.getString(1),
                me.tenantId())
            .stream()
            .map(id -> load(me.tenantId(), id))
            .filter(s -> access.visible(me, s.orgId()))
            .toList());
  }

  @GetMapping("/{systemId}")
  @Operation(summary = "One business system with its members")
  public Envelope<SystemData> get(@PathVariable String systemId) {
    return Envelope.ok(visible(systemId));
  }

  @PostMapping
  @Operation(summary = "Create a business system in an organisation")
  @Transactional
  public ResponseEntity<Envelope<SystemData>> create(
      @RequestBody(required = false) SystemEdit body) {
    Check.present(body, "body");
    AuthUser me = CurrentUser.get();
    String name = Check.text(body.name(), "name", 128);
    OrgRow org = access.org(me, me.tenantId(), Check.id(body.orgId(), "org_id"));
    String id = Ids.next("bs");
    jdbc.update(
        "insert into business_system (id, tenant_id, org_id, name, created_at) values (?,?,?,?,?)",
        id,
        me.tenantId(),
        org.id(),
        name,
        Timestamp.from(clock.instant()));
    setMembers(me, id, body.members());
    return ResponseEntity.status(201).body(Envelope.created(load(me.tenantId(), id)));
  }

  @PutMapping("/{systemId}/members")
  @Operation(summary = "Replace the members (user ids of any organisation of the tenant)")
  @Transactional
  public Envelope<SystemData> members(
      @PathVariable String systemId, @RequestBody(required = false) SystemEdit body) {
    Check.present(body, "body");
    SystemData s = visible(systemId);
    setMembers(CurrentUser.get(), s.id(), body.members());
    return Envelope.ok(load(s.tenantId(), s.id()));
  }

  @DeleteMapping("/{systemId}")
  @Operation(summary = "Delete a business system")
  public Envelope<Void> delete(@PathVariable String systemId) {
    SystemData s = visible(systemId);
    jdbc.update("delete from business_system where id = ?", s.id());
    return Envelope.ok(null);
  }

  private void setMembers(AuthUser me, String systemId, List<String> members) {
    List<String> ids = members == null ? List.of() : members;
    for (int i = 0; i < ids.size(); i++) {
      String u = ids.get(i);
      if (u == null || users.find(me.tenantId(), u).isEmpty()) {
        throw Check.bad("members[" + i + "]", "is not a user of this tenant");
      }
    }
    jdbc.update("delete from business_system_member where system_id = ?", systemId);
    jdbc.batchUpdate(
        "insert into business_system_member (system_id, user_id) values (?,?)",
        ids.stream().distinct().map(u -> new Object[] {systemId, u}).toList());
  }

  private SystemData visible(String systemId) {
    Check.id(systemId, "systemId");
    AuthUser me = CurrentUser.get();
    SystemData s = load(me.tenantId(), systemId);
    if (s == null || !access.visible(me, s.orgId())) {
      throw new NotFoundException("systemId", "no business system '" + systemId + "'");
    }
    return s;
  }

  private SystemData load(String tenantId, String id) {
    List<SystemData> found =
        jdbc.query(
            "select s.*, array(select m.user_id from business_system_member m"
                + " where m.system_id = s.id order by m.user_id) members"
                + " from business_system s where s.tenant_id = ? and s.id = ?",
            (rs, i) ->
                new SystemData(
                    rs.getString("id"),
                    rs.getString("tenant_id"),
                    rs.getString("org_id"),
                    rs.getString("name"),
                    List.of((String[]) rs.getArray("members").getArray())),
            tenantId,
            id);
    return found.isEmpty() ? null : found.get(0);
  }
}
