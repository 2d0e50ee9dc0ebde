package io.computility.server.identity.audit;

import io.computility.server.identity.AuthUser;
import io.computility.server.shared.web.Envelope;
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
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every state-changing call (POST, PUT, PATCH, DELETE) in the operation log: who, when,
 * method and path, from where and the HTTP status, including refused ones. Logins are recorded by
 * the login service with their outcome instead. Entries go through {@link AuditOutbox} (durable
 * before the answer leaves) into the chain.
 */
public class AuditFilter extends OncePerRequestFilter {
  private static final Logger LOG = LoggerFactory.getLogger(AuditFilter.class);
  private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final Set<String> SELF_AUDITED = Set.of("/api/v1/auth/login");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final AuditOutbox outbox;

  public AuditFilter(AuditOutbox outbox) {
    this.outbox = outbox;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !CHANGING.contains(request.getMethod())
        || SELF_AUDITED.contains(request.getRequestURI());
  }

  /**
   * The answer is held back until its audit entry is durable: a 2xx reaches the client only with
   * its entry stored, and answers 503 instead when it cannot be.
   */
  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain next)
      throws ServletException, IOException {
    AuthUser user = caller();
    ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
    try {
      next.doFilter(request, held);
    } catch (IOException | ServletException | RuntimeException e) {
      recordFailure(request, user, 500);
      held.copyBodyToResponse();
      throw e;
    }
    int status = held.getStatus();
    try {
      outbox.write(event(request, user, status));
    } catch (AuditUnavailableException e) {
      boolean success = status >= 200 && status < 300;
      LOG.error(
          "audit entry of {} {} (status {}) not stored",
          request.getMethod(),
          request.getRequestURI(),
          status,
          e);
      if (success && !response.isCommitted()) {
        refuse(response, e);
        return;
      }
    }
    held.copyBodyToResponse();
  }

  private void recordFailure(HttpServletRequest request, AuthUser user, int status) {
    try {
      outbox.write(event(request, user, status));
    } catch (AuditUnavailableException e) {
      LOG.error(
          "audit entry of the failed {} {} not stored",
          request.getMethod(),
          request.getRequestURI(),
          e);
    }
  }

  private static void refuse(HttpServletResponse response, AuditUnavailableException e)
      throws IOException {
    response.reset();
    response.setStatus(503);
    response.setHeader("Retry-After", "1");
    response.setContentType("application/json");
    response
        .getWriter()
        .write(
            JSON.writeValueAsString(
                Envelope.error(
                    503,
                    "AUDIT_UNAVAILABLE",
                    "audit "
                        + e.getMessage()
                        + "; the request may have taken effect, check before retrying")));
  }

  private static AuditChain.Event event(HttpServletRequest request, AuthUser user, int status) {
    return new AuditChain.Event(
        "OPERATION",
        user == null ? "-" : user.username(),
        user == null ? "-" : user.tenantId(),
        request.getMethod() + " " + request.getRequestURI(),
        request.getQueryString() == null ? "-" : request.getQueryString(),
        request.getRemoteAddr(),
        Integer.toString(status));
  }

  private static AuthUser caller() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a != null && a.getPrincipal() instanceof AuthUser u ? u : null;
  }
}
