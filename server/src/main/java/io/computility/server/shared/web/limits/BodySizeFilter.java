package io.computility.server.shared.web.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code computility.limits.max-body-size} with 413, before anything
 * parses them: a declared Content-Length over the limit is refused unread; a body without one
 * (chunked) is counted as it streams and cut off at the limit. Streamed uploads (checkpoints),
 * which go to disk and never to a parser, have a limit of their own.
 */
public class BodySizeFilter extends OncePerRequestFilter {
  private static final AntPathMatcher PATHS = new AntPathMatcher();

  private final long bodyLimit;
  private final LimitsProperties.Upload upload;

  public BodySizeFilter(long bodyLimit, LimitsProperties.Upload upload) {
    this.bodyLimit = bodyLimit;
    this.upload = upload;
  }

  private long limitOf(HttpServletRequest request) {
    String path = request.getRequestURI();
    for (String p : upload.paths()) {
      if (PATHS.match(p, path)) return upload.maxSize().toBytes();
    }
    return bodyLimit;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = limitOf(request);
    if (request.getContentLengthLong() > limit) {
      // Unread, so the connection cannot be reused; flushed now, because Tomcat closes it
      // without writing the answer when the unread body exceeds server.tomcat.max-swallow-size.
      response.setHeader("Connection", "close");
      RejectedRequests.tooLarge(response, limit);
      response.flushBuffer();
      return;
    }
    try {
      chain.doFilter(new LimitedBodyRequest(request, limit), response);
    } catch (IOException | ServletException | RuntimeException e) {
      // A reader outside Spring MVC (a filter, the form parser) hit the limit.
      if (BodyTooLargeException.in(e) == null || response.isCommitted()) throw e;
      response.resetBuffer();
      RejectedRequests.tooLarge(response, limit);
    }
  }
}
