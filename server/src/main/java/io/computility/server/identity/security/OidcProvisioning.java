package io.computility.server.identity.security;

import io.computility.server.identity.audit.AuditChain;
import io.computility.server.identity.tenancy.Ids;
import io.computility.server.identity.tenancy.OrgRow;
import io.computility.server.identity.tenancy.OrgStore;
import io.computility.server.identity.tenancy.RoleRow;
import io.computility.server.identity.tenancy.RoleStore;
import io.computility.server.identity.tenancy.TenantRow;
import io.computility.server.identity.tenancy.TenantStore;
import io.computility.server.identity.tenancy.UserRow;
import io.computility.server.identity.tenancy.UserStore;
import io.computility.server.shared.config.ComputilityProperties;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.ForbiddenException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * NET-6.3a just-in-time provisioning: the first OIDC login of a subject the platform does not know
 * creates its user in the configured tenant and organisation, with the default role plus the roles
 * its groups map to, and no local password. Configuration mistakes (unknown tenant, organisation or
 * role) refuse the login with the setting's name rather than create a half-usable user.
 */
@Service
public class OidcProvisioning {
  private static final String KEY = "computility.security.oidc.provisioning.";

  private final ComputilityProperties.Provisioning settings;
  private final TenantStore tenants;
  private final OrgStore orgs;
  private final RoleStore roles;
  private final UserStore users;
  private final OidcIdentityStore identities;
  private final AuditChain audit;
  private final Clock clock;

  public OidcProvisioning(
      ComputilityProperties props,
      TenantStore tenants,
      OrgStore orgs,
      RoleStore roles,
      UserStore users,
      OidcIdentityStore identities,
      AuditChain audit,
      Clock clock) {
    this.settings = props.security().oidc().provisioning();
    this.tenants = tenants;
    this.orgs = orgs;
    this.roles = roles;
    this.users = users;
    this.identities = identities;
    this.audit = audit;
    this.clock = clock;
  }

  public boolean enabled() {
    return settings.enabled();
  }

  /** Creates the user the ID token describes; {@code from} is the client address for the log. */
  @Transactional
  public UserRow create(Jwt idToken, String username, String from) {
    String name = Check.id(username, "username claim");
    TenantRow tenant =
        tenants
            .find(settings.tenant())
            .orElseThrow(() -> misconfigured("tenant", "no tenant '" + settings.tenant() + "'"));
    OrgRow org = organisation(tenant.id());
    List<String> groups = OidcClaims.list(idToken, settings.groupsClaim());
    List<String> roleIds = roleIds(tenant, groups);
    String display = OidcClaims.text(idToken, settings.displayNameClaim());
    Instant now = clock.instant();
    UserRow u =
        new UserRow(
            Ids.next("u"),
            tenant.id(),
            org.id(),
            name,
            display == null ? name : cut(display, 128),
            null, // no local password: this user signs in at the provider
            true,
            now,
            0,
            null,
            now);
    if (!users.insert(u)) {
      throw new ForbiddenException("username", "'" + name + "' is taken by another user");
    }
    users.setRoles(u.id(), roleIds);
    users.linkOidc(u.id(), idToken.getSubject());
    String email = OidcClaims.text(idToken, settings.emailClaim());
    identities.created(
        u.id(), idToken.getSubject(), email == null ? null : cut(email, 255), groups, now);
    audit.append(
        new AuditChain.Event(
            "OPERATION",
            name,
            tenant.id(),
            "OIDC provision user",
            u.id() + " roles=" + String.join(",", roleIds),
            from,
            "CREATED"));
    return u;
  }

  /** Notes a later login of a user: its current e-mail claim. */
  public void loggedIn(UserRow u, Jwt idToken) {
    identities.loggedIn(u.id(), OidcClaims.text(idToken, settings.emailClaim()), clock.instant());
  }

  private OrgRow organisation(String tenantId) {
    if (settings.organisation().isBlank()) {
      return orgs.root(tenantId).orElseThrow(() -> misconfigured("tenant", "has no organisation"));
    }
    return orgs.find(tenantId, settings.organisation())
        .orElseThrow(
            () ->
                misconfigured(
                    "organisation",
                    "no organisation '" + settings.organisation() + "' in " + tenantId));
  }

  private List<String> roleIds(TenantRow tenant, List<String> groups) {
    Set<String> ids = new LinkedHashSet<>();
    ids.add(settings.defaultRole());
    for (String g : groups) ids.addAll(settings.groupRoles().getOrDefault(g, List.of()));
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      String key = id.equals(settings.defaultRole()) ? "default-role" : "group-roles";
      RoleRow r = roles.byId(id).orElseThrow(() -> misconfigured(key, "no role '" + id + "'"));
      boolean inTenant = r.tenantId() == null || r.tenantId().equals(tenant.id());
      if (!inTenant || (r.platformSide() && !tenant.platform())) {
        throw misconfigured(key, "role '" + id + "' cannot be held in " + tenant.id());
      }
      out.add(id);
    }
    return out;
  }

  private static ForbiddenException misconfigured(String key, String why) {
    return new ForbiddenException(KEY + key, why + "; single sign-on cannot create the user");
  }

  private static String cut(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }
}
