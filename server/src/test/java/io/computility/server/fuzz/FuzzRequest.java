package io.computility.server.fuzz;

/**
 * One generated request. {@code mutation} says what was made invalid ("valid" when nothing was);
 * {@link #reproduction} prints it as a curl command line.
 */
record FuzzRequest(ApiOperation op, String pathAndQuery, String body, String mutation) {

  String reproduction(String baseUrl) {
    StringBuilder b = new StringBuilder("curl -i -X ").append(op.method());
    b.append(" -H \"Authorization: Bearer $TOKEN\"");
    if (body != null)
      b.append(" -H 'Content-Type: application/json' --data-binary ").append(quoted());
    return b.append(" '").append(baseUrl).append(pathAndQuery).append('\'').toString();
  }

  private String quoted() {
    String shown = body.length() > 300 ? body.substring(0, 300) : body;
    String q = "$'" + escape(shown) + "'";
    return body.length() > 300 ? q + " (first 300 of " + body.length() + " chars)" : q;
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '\'' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20 || c == 0x7f) b.append(String.format("\\x%02x", (int) c));
      else b.append(c);
    }
    return b.toString();
  }
}
