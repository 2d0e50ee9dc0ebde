package io.computility.server.identity.security;

import io.computility.server.identity.AuthUser;
import io.computility.server.identity.tenancy.BuiltinRoles;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Decides every request by {@link EndpointPermissions}: public, any authenticated caller, or the
 * named permission of the active role. Read-only roles make no state-changing call. Requests no
 * rule covers are allowed to the platform admin only.
 */
public class EndpointAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

  @Override
  public AuthorizationResult authorize(
      Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
    var request = context.getRequest();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<EndpointPermissions.Rule> rule = EndpointPermissions.find(request.getMethod(), path);
    if (rule.isPresent() && EndpointPermissions.PUBLIC.equals(rule.get().requirement())) {
      return new AuthorizationDecision(true);
    }
    Authentication auth = authentication.get();
    if (auth == null || !(auth.getPrincipal() instanceof AuthUser user)) {
      return new AuthorizationDecision(false);
    }
    if (rule.isEmpty()) {
      return new AuthorizationDecision(BuiltinRoles.PLATFORM_ADMIN.equals(user.roleId()));
    }
    String needed = rule.get().requirement();
    if (EndpointPermissions.AUTHENTICATED.equals(needed)) return new AuthorizationDecision(true);
    boolean changes = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
    return new AuthorizationDecision(user.can(needed) && !(changes && user.readOnly()));
  }
}
