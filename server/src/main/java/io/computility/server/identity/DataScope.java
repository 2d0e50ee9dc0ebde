package io.computility.server.identity;

/**
 * How much data a role sees: everything, its tenant, its organisation with or without the
 * sub-organisations, only what its user owns, or a custom list of organisations.
 */
public enum DataScope {
  ALL,
  TENANT,
  ORG_AND_CHILDREN,
  ORG,
  SELF,
  CUSTOM;

  /** Parses a wire value; null when unknown. */
  public static DataScope parse(String s) {
    if (s == null) return null;
    try {
      return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
