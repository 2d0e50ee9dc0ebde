package io.computility.server.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A list endpoint's path with one page's query: page, size and the filters the user gave. */
final class ListQuery {
  private final StringBuilder path;

  ListQuery(String endpoint, int page, int size) {
    path = new StringBuilder(endpoint).append("?page=").append(page).append("&size=").append(size);
  }

  /** Adds {@code &name=value}, URL-encoded; a filter the user left out (null) adds nothing. */
  ListQuery filter(String name, String value) {
    if (value != null) {
      path.append('&')
          .append(name)
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
    return this;
  }

  @Override
  public String toString() {
    return path.toString();
  }
}
