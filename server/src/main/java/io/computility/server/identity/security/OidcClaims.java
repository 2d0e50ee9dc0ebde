package io.computility.server.identity.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads mapped claims of an ID token: text, or a list given as a JSON array or comma text. */
final class OidcClaims {
  private OidcClaims() {}

  /** The claim as text; null when absent or blank. */
  static String text(Jwt jwt, String claim) {
    if (claim == null || claim.isBlank()) return null;
    Object v = jwt.getClaims().get(claim);
    if (v == null) return null;
    String s = v.toString().trim();
    return s.isEmpty() ? null : s;
  }

  /** The claim as a list of non-blank names; empty when absent. */
  static List<String> list(Jwt jwt, String claim) {
    if (claim == null || claim.isBlank()) return List.of();
    Object v = jwt.getClaims().get(claim);
    List<String> out = new ArrayList<>();
    if (v instanceof Collection<?> c) {
      for (Object o : c) if (o != null && !o.toString().isBlank()) out.add(o.toString().trim());
    } else if (v != null) {
      for (String s : v.toString().split(",")) if (!s.isBlank()) out.add(s.trim());
    }
    return out;
  }
}
