package io.computility.server.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller of the current request; endpoints reach here only authenticated. */
public final class CurrentUser {
  private CurrentUser() {}

  public static AuthUser get() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    if (a != null && a.getPrincipal() instanceof AuthUser u) return u;
    throw new IllegalStateException("no authenticated caller");
  }
}
