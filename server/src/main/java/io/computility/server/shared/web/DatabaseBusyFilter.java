package io.computility.server.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers 503 + {@code Retry-After} when the connection pool is exhausted in a filter (token
 * lookup, audit) rather than in a controller, where {@link ApiExceptionHandler} does the same.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class DatabaseBusyFilter extends OncePerRequestFilter {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!DatabaseBusy.causedBy(e) || response.isCommitted()) throw e;
      response.resetBuffer();
      response.setStatus(503);
      response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseBusy.RETRY_AFTER_S));
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.getWriter().write(JSON.writeValueAsString(DatabaseBusy.envelope()));
    }
  }
}
