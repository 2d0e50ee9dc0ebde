package io.computility.server.shared.web;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who makes the current request, as far as the web kit needs to know (rate limits and idempotency
 * keys are kept per caller). The identity context's principal implements this, so the kit does not
 * depend on identity.
 */
public interface Caller {

  String tenantId();

  String userId();

  /** The authenticated caller of this request, if any. */
  static Optional<Caller> current() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a != null && a.getPrincipal() instanceof Caller c ? Optional.of(c) : Optional.empty();
  }
}
