package io.computility.server.shared.web.limits;

import io.computility.server.shared.web.ErrorDetail;
import io.computility.server.shared.web.ErrorReason;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with 400 naming the parameter, any query parameter or path segment holding a control
 * character (U+0000-U+001F, U+007F): no identifier or search text has one, and a NUL would reach
 * PostgreSQL, which cannot store it. One rule for every endpoint instead of a check per parameter.
 * The query string is decoded here rather than through getParameter, so a form body stays unread.
 */
public class ControlCharacterFilter extends OncePerRequestFilter {
  private static final String NO_CONTROL = "must not contain control characters";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String bad = offending(request);
    if (bad != null) {
      String field = bad.substring(0, bad.indexOf(' ') < 0 ? bad.length() : bad.indexOf(' '));
      RejectedRequests.write(
          response,
          400,
          bad,
          ErrorDetail.of(
              ErrorReason.BAD_FORMAT, field, "expected", "text without control characters"));
      return;
    }
    chain.doFilter(request, response);
  }

  /** The errorMsg naming the first offending parameter ("path" for the path), or null. */
  static String offending(HttpServletRequest request) {
    String path = decode(request.getRequestURI());
    if (path == null) return "path is not valid percent-encoding";
    if (hasControl(path)) return "path " + NO_CONTROL;
    String query = request.getQueryString();
    if (query == null) return null;
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (name == null) return "query is not valid percent-encoding";
      if (hasControl(name)) return "query parameter names " + NO_CONTROL;
      if (value == null) return name + " is not valid percent-encoding";
      if (hasControl(value)) return name + " " + NO_CONTROL;
    }
    return null;
  }

  /** Percent-decoding as the servlet container does; null when the encoding is malformed. */
  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f) return true;
    }
    return false;
  }
}
