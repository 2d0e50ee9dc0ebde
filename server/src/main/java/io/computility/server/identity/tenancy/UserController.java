package io.computility.server.identity.tenancy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.server.identity.AuthUser;
import io.computility.server.identity.CurrentUser;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
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
 * User management (NET-8.3a): a user belongs to one organisation and holds several roles; admins
 * create, edit, disable, enable, reset passwords and delete users within their data scope.
 */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users")
public class UserController {
  private final UserStore users;
  private final UserService service;
  private final TenantAccess access;
  private final UserSessions tokens;

  public UserController(
      UserStore users, UserService service, TenantAccess access, UserSessions tokens) {
    this.users = users;
    this.service = service;
    this.access = access;
    this.tokens = tokens;
  }

  public record UserEdit(
      String username,
      String password,
      @JsonProperty("display_name") String displayName,
      @JsonProperty("org_id") String orgId,
      List<String> roles) {}

  public record UserData(
      String id,
      @JsonProperty("tenant_id") String tenantId,
      @JsonProperty("org_id") String orgId,
      String username,
      @JsonProperty("display_name") String displayName,
      boolean enabled,
      boolean locked,
      List<String> roles,
      @JsonProperty("created_at") Instant createdAt) {}

  public record PasswordReset(@JsonProperty("new_password") String newPassword) {}

  @GetMapping
  @Operation(
      summary =
          "Users within the caller's data scope; optional q, org, enabled filter and page, size"
              + " (X-Total-Count: the number matching)")
  public Envelope<List<UserData>> list(
      @RequestParam(name = "tenant_id", required = false) String tenantId,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String org,
      @RequestParam(required = false) String enabled,
      HttpServletResponse response) {
    AuthUser me = CurrentUser.get();
    String tenant = access.tenant(me, tenantId);
    List<String> orgs = me.scope().all() ? null : me.scope().orgIds();
    return Envelope.ok(
        new UserListQuery(page, size, q, org, enabled)
            .apply(
                users.list(tenant, orgs).stream()
                    .filter(u -> me.scope().ownerId() == null || u.id().equals(me.userId()))
                    .map(this::data)
                    .toList(),
                response));
  }

  @GetMapping("/{userId}")
  @Operation(summary = "One user")
  public Envelope<UserData> get(@PathVariable String userId) {
    return Envelope.ok(data(visible(userId)));
  }

  @PostMapping
  @Operation(summary = "Create a user in an organisation with roles")
  @Transactional
  public ResponseEntity<Envelope<UserData>> create(
      @RequestBody(required = false) UserEdit body,
      @RequestParam(name = "tenant_id", required = false) String tenantId) {
    Check.present(body, "body");
    AuthUser me = CurrentUser.get();
    UserRow u = service.create(me, access.tenant(me, tenantId), body);
    return ResponseEntity.status(201).body(Envelope.created(data(u)));
  }

  @PutMapping("/{userId}")
  @Operation(summary = "Change a user's display name, organisation or roles")
  @Transactional
  public Envelope<UserData> edit(
      @PathVariable String userId, @RequestBody(required = false) UserEdit body) {
    Check.present(body, "body");
    return Envelope.ok(data(service.edit(CurrentUser.get(), visible(userId), body)));
  }

  @PostMapping("/{userId}/disable")
  @Operation(summary = "Disable a user: no login, tokens stop working")
  public Envelope<UserData> disable(@PathVariable String userId) {
    UserRow u = visible(userId);
    if (u.id().equals(CurrentUser.get().userId())) {
      throw ConflictException.selfAction("userId", "you cannot disable yourself");
    }
    users.setEnabled(u.tenantId(), u.id(), false);
    tokens.revokeSessions(u.id());
    return Envelope.ok(data(users.byId(u.id()).orElseThrow()));
  }

  @PostMapping("/{userId}/enable")
  @Operation(summary = "Enable a user (also lifts a lockout)")
  public Envelope<UserData> enable(@PathVariable String userId) {
    UserRow u = visible(userId);
    users.setEnabled(u.tenantId(), u.id(), true);
    return Envelope.ok(data(users.byId(u.id()).orElseThrow()));
  }

  @PostMapping("/{userId}/password")
  @Operation(summary = "An administrator resets a user's password; the user's sessions end")
  public Envelope<Void> reset(
      @PathVariable String userId, @RequestBody(required = false) PasswordReset body) {
    Check.present(body, "body");
    service.resetPassword(visible(userId), body.newPassword());
    return Envelope.ok(null);
  }

  @DeleteMapping("/{userId}")
  @Operation(summary = "Delete a user")
  public Envelope<Void> delete(@PathVariable String userId) {
    UserRow u = visible(userId);
    if (u.id().equals(CurrentUser.get().userId())) {
      throw ConflictException.selfAction("userId", "you cannot delete yourself");
    }
    users.delete(u.tenantId(), u.id());
    return Envelope.ok(null);
  }

  private UserRow visible(String userId) {
    Check.id(userId, "userId");
    AuthUser me = CurrentUser.get();
    return users
        .byId(userId)
        .filter(u -> me.seesAllTenants() || u.tenantId().equals(me.tenantId()))
        .filter(u -> access.visible(me, u.orgId()))
        .filter(u -> me.scope().ownerId() == null || u.id().equals(me.userId()))
        .orElseThrow(() -> new NotFoundException("userId", "no user '" + userId + "'"));
  }

  private UserData data(UserRow u) {
    boolean locked = u.lockedUntil() != null && u.lockedUntil().isAfter(Instant.now());
    return new UserData(
        u.id(),
        u.tenantId(),
        u.orgId(),
        u.username(),
        u.displayName(),
        u.enabled(),
        locked,
        users.roleIds(u.id()),
        u.createdAt());
  }
}
