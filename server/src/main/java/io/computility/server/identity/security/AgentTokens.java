package io.computility.server.identity.security;

import io.computility.server.identity.MachineTokens;
import io.computility.server.identity.tenancy.BuiltinRoles;
import io.computility.server.identity.tenancy.Ids;
import io.computility.server.identity.tenancy.UserRow;
import io.computility.server.identity.tenancy.UserStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The machine user {@code agent} of node agents and peer tiers (platform tenant, role
 * platform-agent) and the secrets registered as its tokens: the configured one ({@code
 * COMPUTILITY_AGENT_TOKEN}) and the local node agent's.
 */
@Service
public class AgentTokens implements MachineTokens {
  static final String USERNAME = "agent";

  private final UserStore users;
  private final TokenService tokens;
  private final Clock clock;

  public AgentTokens(UserStore users, TokenService tokens, Clock clock) {
    this.users = users;
    this.tokens = tokens;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void registerAgentToken(String name, String secret) {
    tokens.register(user(clock.instant()).id(), BuiltinRoles.PLATFORM_AGENT, name, secret);
  }

  private UserRow user(Instant now) {
    return users
        .byUsername(USERNAME)
        .orElseGet(
            () -> {
              UserRow u =
                  new UserRow(
                      Ids.next("u"),
                      BootstrapAdmin.PLATFORM_TENANT,
                      BootstrapAdmin.PLATFORM_TENANT + "-root",
                      USERNAME,
                      "Node agents and peer tiers",
                      null,
                      true,
                      now,
                      0,
                      null,
                      now);
              users.insert(u);
              users.setRoles(u.id(), List.of(BuiltinRoles.PLATFORM_AGENT));
              return u;
            });
  }
}
