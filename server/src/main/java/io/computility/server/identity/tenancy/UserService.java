package io.computility.server.identity.tenancy;

import io.computility.server.identity.AuthUser;
import io.computility.server.identity.tenancy.UserController.UserEdit;
import io.computility.server.shared.config.ComputilityProperties;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.ForbiddenException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creating and changing users; roles are checked so nobody grants more than they hold. */
@Service
public class UserService {
  private final UserStore users;
  private final RoleStore roles;
  private final TenantAccess access;
  private final TenantStore tenants;
  private final UserSessions tokens;
  private final PasswordEncoder encoder;
  private final PasswordPolicy policy;
  private final Clock clock;

  public UserService(
      UserStore users,
      RoleStore roles,
      TenantAccess access,
      TenantStore tenants,
      UserSessions tokens,
      PasswordEncoder encoder,
      ComputilityProperties props,
      Clock clock) {
    this.users = users;
    this.roles = roles;
    this.access = access;
    this.tenants = tenants;
    this.tokens = tokens;
    this.encoder = encoder;
    this.policy = new PasswordPolicy(props.security().password());
    this.clock = clock;
  }

  public UserRow create(AuthUser me, String tenant, UserEdit body) {
    String username = Check.id(body.username(), "username");
    policy.check(body.password(), "password");
    OrgRow org = access.org(me, tenant, Check.id(body.orgId(), "org_id"));
    List<String> roleIds = checkRoles(me, tenant, body.roles());
    Instant now = clock.instant();
    String display =
        body.displayName() == null
            ? username
            : Check.maxChars(body.displayName(), "display_name", 128);
    UserRow u =
        new UserRow(
            Ids.next("u"),
            tenant,
            org.id(),
            username,
            display,
            encoder.encode(body.password()),
            true,
            now,
            0,
            null,
            now);
    if (!users.insert(u)) throw new ConflictException("username", "'" + username + "' is taken");
    users.setRoles(u.id(), roleIds);
    return u;
  }

  public UserRow edit(AuthUser me, UserRow u, UserEdit body) {
    String display =
        body.displayName() == null
            ? u.displayName()
            : Check.maxChars(body.displayName(), "display_name", 128);
    String org = body.orgId() == null ? u.orgId() : access.org(me, u.tenantId(), body.orgId()).id();
    users.update(u.tenantId(), u.id(), display, org);
    if (body.roles() != null) {
      users.setRoles(u.id(), checkRoles(me, u.tenantId(), body.roles()));
    }
    return users.byId(u.id()).orElseThrow();
  }

  public void resetPassword(UserRow u, String password) {
    policy.check(password, "new_password");
    users.setPassword(u.id(), encoder.encode(password), clock.instant());
    tokens.revokeSessions(u.id());
  }

  /** Roles usable in the tenant, of its side, granting nothing the caller lacks. */
  List<String> checkRoles(AuthUser me, String tenant, List<String> requested) {
    if (requested == null || requested.isEmpty())
      throw Check.bad("roles", "needs at least one role");
    boolean platformTenant = tenants.find(tenant).map(TenantRow::platform).orElse(false);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < requested.size(); i++) {
      String field = "roles[" + i + "]";
      String id = Check.id(requested.get(i), field);
      RoleRow r =
          roles.find(tenant, id).orElseThrow(() -> Check.bad(field, "no role '" + id + "'"));
      if (r.platformSide() && !platformTenant) {
        throw Check.bad(field, "is a platform-side role; only platform users may hold it");
      }
      if (!me.seesAllTenants() && !me.permissions().containsAll(r.permissions())) {
        throw new ForbiddenException(field, "grants permissions you do not hold");
      }
      if (!out.contains(id)) out.add(id);
    }
    return out;
  }
}
