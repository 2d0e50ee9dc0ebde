package io.computility.server.shared.web.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the body of a request with an {@code Idempotency-Key} (to compare repeats) and its answer
 * (to replay it). When {@link IdempotencyInterceptor} claimed the key, a 2xx answer is stored
 * before it is sent; any other answer frees the key, as nothing was created and a retry may run.
 */
@Component
public class IdempotencyFilter extends OncePerRequestFilter {
  private final IdempotencyStore store;

  public IdempotencyFilter(IdempotencyStore store) {
    this.store = store;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getHeader(IdempotencyInterceptor.HEADER) == null
        || "GET".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    CachedBodyRequest req = new CachedBodyRequest(request);
    ContentCachingResponseWrapper res = new ContentCachingResponseWrapper(response);
    boolean stored = false;
    try {
      chain.doFilter(req, res);
      if (req.getAttribute(IdempotencyInterceptor.CLAIM) instanceof IdempotencyInterceptor.Claim c
          && res.getStatus() >= 200
          && res.getStatus() < 300) {
        store.complete(
            c.scope(), c.key(), res.getStatus(), res.getContentType(), res.getContentAsByteArray());
        stored = true;
      }
    } finally {
      if (!stored
          && req.getAttribute(IdempotencyInterceptor.CLAIM)
              instanceof IdempotencyInterceptor.Claim c) {
        store.release(c.scope(), c.key());
      }
    }
    res.copyBodyToResponse();
  }
}
