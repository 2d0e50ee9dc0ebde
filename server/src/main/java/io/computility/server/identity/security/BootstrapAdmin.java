package io.computility.server.identity.security;

import io.computility.server.identity.tenancy.BuiltinRoles;
import io.computility.server.identity.tenancy.Ids;
import io.computility.server.identity.tenancy.OrgRow;
import io.computility.server.identity.tenancy.OrgStore;
import io.computility.server.identity.tenancy.Quota;
import io.computility.server.identity.tenancy.RoleRow;
import io.computility.server.identity.tenancy.RoleStore;
import io.computility.server.identity.tenancy.TenantRow;
import io.computility.server.identity.tenancy.TenantStore;
import io.computility.server.identity.tenancy.UserRow;
import io.computility.server.identity.tenancy.UserStore;
import io.computility.server.shared.config.ComputilityProperties;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First start: the platform tenant with its root organisation, the built-in roles (refreshed on
 * every start so new permission codes reach them) and, when no user exists, the platform admin with
 * the password from {@code COMPUTILITY_ADMIN_PASSWORD} or a random one printed once.
 */
@Component
@Order(0)
public class BootstrapAdmin implements ApplicationRunner {
  public static final String PLATFORM_TENANT = "platform";
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private final TenantStore tenants;
  private final OrgStore orgs;
  private final RoleStore roles;
  private final UserStore users;
  private final PasswordEncoder encoder;
  private final AgentTokens agentTokens;
  private final ComputilityProperties.Security settings;
  private final Clock clock;

  public BootstrapAdmin(
      TenantStore tenants,
      OrgStore orgs,
      RoleStore roles,
      UserStore users,
      PasswordEncoder encoder,
      AgentTokens agentTokens,
      ComputilityProperties props,
      Clock clock) {
    this.agentTokens = agentTokens;
    this.tenants = tenants;
    this.orgs = orgs;
    this.roles = roles;
    this.users = users;
    this.encoder = encoder;
    this.settings = props.security();
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    Instant now = clock.instant();
    for (RoleRow r : BuiltinRoles.all(now)) roles.upsert(r);
    if (tenants.find(PLATFORM_TENANT).isEmpty()) {
      tenants.insert(
          new TenantRow(
              PLATFORM_TENANT,
              "platform",
              "the platform operator",
              true,
              true,
              Quota.ZERO,
              false,
              now,
              now));
      orgs.insert(
          new OrgRow(
              PLATFORM_TENANT + "-root", PLATFORM_TENANT, null, "platform", Quota.ZERO, true, now));
    }
    if (!settings.agentToken().isBlank())
      agentTokens.registerAgentToken("configured", settings.agentToken());
    long others = users.count() - (users.byUsername(AgentTokens.USERNAME).isPresent() ? 1 : 0);
    if (others > 0) return; // not the first start
    String given = settings.adminPassword();
    String password = given == null || given.isBlank() ? generated() : given;
    UserRow admin =
        new UserRow(
            Ids.next("u"),
            PLATFORM_TENANT,
            PLATFORM_TENANT + "-root",
            settings.adminUsername(),
            "Platform administrator",
            encoder.encode(password),
            true,
            now,
            0,
            null,
            now);
    users.insert(admin);
    users.setRoles(admin.id(), List.of(BuiltinRoles.PLATFORM_ADMIN));
    if (given == null || given.isBlank()) {
      // printed once: the hash is all that is stored
      System.out.println(
          "\n  Computility platform admin created: username '"
              + settings.adminUsername()
              + "', password '"
              + password
              + "'\n  (shown only now; set COMPUTILITY_ADMIN_PASSWORD to choose it)\n");
      System.out.flush();
    }
  }

  private static String generated() {
    SecureRandom r = new SecureRandom();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 16; i++) b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    return b.insert(8, '-').toString();
  }
}
