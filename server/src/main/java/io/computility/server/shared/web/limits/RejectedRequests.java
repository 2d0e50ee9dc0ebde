package io.computility.server.shared.web.limits;

import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.ErrorCodes;
import io.computility.server.shared.web.ErrorDetail;
import io.computility.server.shared.web.ErrorReason;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes the JC error envelope from a servlet filter, where no message converter runs. */
final class RejectedRequests {
  private RejectedRequests() {}

  /** 413: the body is larger than {@code limit} bytes. */
  static void tooLarge(HttpServletResponse response, long limit) throws IOException {
    write(
        response,
        413,
        BodyTooLargeException.message(limit),
        ErrorDetail.of(ErrorReason.PAYLOAD_TOO_LARGE, "body", "max", limit));
  }

  static void write(HttpServletResponse response, int status, String message) throws IOException {
    write(response, status, message, null);
  }

  static void write(HttpServletResponse response, int status, String message, ErrorDetail detail)
      throws IOException {
    Envelope<Void> e =
        detail == null
            ? Envelope.error(status, ErrorCodes.forStatus(status), message)
            : Envelope.error(status, ErrorCodes.forStatus(status), message, detail);
    response.setStatus(status);
    response.setContentType("application/json");
    byte[] json =
        ("{\"status\":"
                + e.status()
                + ",\"code\":\""
                + e.code()
                + "\",\"errorMsg\":\""
                + escape(e.errorMsg())
                + "\",\"error\":"
                + json(e.error())
                + "}")
            .getBytes(StandardCharsets.UTF_8);
    response.setContentLength(json.length);
    response.getOutputStream().write(json);
  }

  /** The error data as JSON; its params are numbers or strings. */
  static String json(ErrorDetail d) {
    StringBuilder sb = new StringBuilder("{\"reason\":\"").append(d.reason()).append('"');
    if (d.field() != null) sb.append(",\"field\":\"").append(escape(d.field())).append('"');
    sb.append(",\"params\":{");
    String sep = "";
    for (Map.Entry<String, Object> p : d.params().entrySet()) {
      sb.append(sep).append('"').append(escape(p.getKey())).append("\":");
      if (p.getValue() instanceof Number n) sb.append(n);
      else sb.append('"').append(escape(String.valueOf(p.getValue()))).append('"');
      sep = ",";
    }
    return sb.append("}}").toString();
  }

  static String escape(String s) {
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
