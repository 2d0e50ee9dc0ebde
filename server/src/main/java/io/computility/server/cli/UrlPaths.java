package io.computility.server.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Encodes user-given ids for use as one URL path segment. */
final class UrlPaths {

  private UrlPaths() {}

  static String segment(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
