package io.computility.server.identity;

/**
 * Machine tokens of the built-in user {@code agent} (role platform-agent): the bearer tokens node
 * agents and peer tiers present. Published so that a part of the server that starts a machine of
 * its own (the local node agent of {@code computility up}) can give it a token without a person
 * issuing one.
 */
public interface MachineTokens {

  /**
   * Registers {@code secret} ({@code cty_…}, at least 24 characters) as an API token of the user
   * {@code agent}, creating that user when missing; a secret registered before is left as it is.
   *
   * @param name the token's name, shown in the token list
   */
  void registerAgentToken(String name, String secret);
}
