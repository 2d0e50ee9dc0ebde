package io.computility.server.api.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code computility.limits.max-body-size} with 413, before anything
 * parses them: a declared Content-Length over the limit is refused unread; a body without one
 * (chunked) is counted as it streams and cut off at the limit.
 */
public class BodySizeFilter extends OncePerRequestFilter {
  private final long limit;

  public BodySizeFilter(long limit) {
    this.limit = limit;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > limit) {
      // Unread, so the connection cannot be reused; flushed now, because Tomcat closes it
      // without writing the answer when the unread body exceeds server.tomcat.max-swallow-size.
      response.setHeader("Connection", "close");
      RejectedRequests.write(response, 413, BodyTooLargeException.message(limit));
      response.flushBuffer();
      return;
    }
    try {
      chain.doFilter(new LimitedBodyRequest(request, limit), response);
    } catch (IOException | ServletException | RuntimeException e) {
      // A reader outside Spring MVC (a filter, the form parser) hit the limit.
      if (BodyTooLargeException.in(e) == null || response.isCommitted()) throw e;
      response.resetBuffer();
      RejectedRequests.write(response, 413, BodyTooLargeException.message(limit));
    }
  }
}
