package io.computility.server.shared.web.limits;

import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.ErrorCodes;
import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error answers (a path it refuses before any filter runs, e.g. an encoded NUL or
 * backslash) in the JSON envelope instead of an HTML page.
 */
final class JsonErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable t) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) return;
    String message = status == 400 ? "path is not a valid request path" : "request failed";
    Envelope<Void> e = Envelope.error(status, ErrorCodes.forStatus(status), message);
    try {
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      Writer w = response.getReporter();
      if (w != null) {
        w.write(
            "{\"status\":"
                + e.status()
                + ",\"code\":\""
                + e.code()
                + "\",\"errorMsg\":\""
                + RejectedRequests.escape(e.errorMsg())
                + "\",\"error\":"
                + RejectedRequests.json(e.error())
                + "}");
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException ignored) {
      // the client is gone; nothing to answer
    }
  }
}
