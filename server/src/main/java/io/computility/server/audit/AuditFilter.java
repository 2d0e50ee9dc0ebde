package io.computility.server.audit;

import io.computility.server.security.AuthUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every state-changing call (POST, PUT, PATCH, DELETE) in the operation log: who, when,
 * method and path, from where and the HTTP status, including refused ones. Logins are recorded by
 * the login service with their outcome instead.
 */
public class AuditFilter extends OncePerRequestFilter {
  private static final Logger LOG = LoggerFactory.getLogger(AuditFilter.class);
  private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final Set<String> SELF_AUDITED = Set.of("/api/v1/auth/login");

  private final AuditChain chain;

  public AuditFilter(AuditChain chain) {
    this.chain = chain;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !CHANGING.contains(request.getMethod())
        || SELF_AUDITED.contains(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain next)
      throws ServletException, IOException {
    AuthUser user = caller();
    int status = 500;
    try {
      next.doFilter(request, response);
      status = response.getStatus();
    } finally {
      record(request, user, status);
    }
  }

  private void record(HttpServletRequest request, AuthUser user, int status) {
    try {
      chain.append(
          new AuditChain.Event(
              "OPERATION",
              user == null ? "-" : user.username(),
              user == null ? "-" : user.tenantId(),
              request.getMethod() + " " + request.getRequestURI(),
              request.getQueryString() == null ? "-" : request.getQueryString(),
              request.getRemoteAddr(),
              Integer.toString(status)));
    } catch (RuntimeException e) {
      LOG.error("could not append to the audit log", e);
    }
  }

  private static AuthUser caller() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a != null && a.getPrincipal() instanceof AuthUser u ? u : null;
  }
}
