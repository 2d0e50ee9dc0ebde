package io.computility.server.identity.security;

import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.ErrorCodes;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 answers in the JC envelope, like every other error. */
final class JsonSecurityAnswers {
  private final JsonMapper json;

  JsonSecurityAnswers(JsonMapper json) {
    this.json = json;
  }

  AuthenticationEntryPoint unauthenticated() {
    return (request, response, e) ->
        write(
            response,
            401,
            "Authorization a valid Bearer token is required (POST /api/v1/auth/login)");
  }

  AccessDeniedHandler forbidden() {
    return (request, response, e) ->
        write(response, 403, "permission the active role lacks the permission for this endpoint");
  }

  private void write(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response
        .getWriter()
        .write(
            json.writeValueAsString(Envelope.error(status, ErrorCodes.forStatus(status), message)));
  }
}
