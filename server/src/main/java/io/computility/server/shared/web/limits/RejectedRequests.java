package io.computility.server.shared.web.limits;

import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.ErrorCodes;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes the JC error envelope from a servlet filter, where no message converter runs. */
final class RejectedRequests {
  private RejectedRequests() {}

  static void write(HttpServletResponse response, int status, String message) throws IOException {
    Envelope<Void> e = Envelope.error(status, ErrorCodes.forStatus(status), message);
    response.setStatus(status);
    response.setContentType("application/json");
    byte[] json =
        ("{\"status\":"
                + e.status()
                + ",\"code\":\""
                + e.code()
                + "\",\"errorMsg\":\""
                + escape(e.errorMsg())
                + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    response.setContentLength(json.length);
    response.getOutputStream().write(json);
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') sb.append('\\').append(c);
      else if (c < 0x20 || c == 0x7f) sb.append(String.format("\\u%04x", (int) c));
      else sb.append(c);
    }
    return sb.toString();
  }
}
