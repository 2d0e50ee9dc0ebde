package io.computility.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.TestAuth;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The server serves the console at / and its client routes, and leaves API misses alone. */
class ConsoleServingTest extends FederationTestBase {

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();

  /** Without a token: the console's files are public. */
  HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> asAdmin(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", TestAuth.bearer(adminToken()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @DisplayName("console at /, client routes answer index.html, its assets load")
  void servesConsole() throws Exception {
    HttpResponse<String> root = get("/");
    assertThat(root.statusCode()).isEqualTo(200);
    assertThat(root.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(root.body()).contains("<div id=\"app\">");
    for (String route : new String[] {"/jobs", "/jobs/job-123", "/centers/alpha", "/policies"}) {
      HttpResponse<String> page = get(route);
      assertThat(page.statusCode()).as(route).isEqualTo(200);
      assertThat(page.body()).as(route).isEqualTo(root.body());
    }
    Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(root.body());
    assertThat(script.find()).isTrue();
    HttpResponse<String> js = get(script.group(1));
    assertThat(js.statusCode()).isEqualTo(200);
    assertThat(js.headers().firstValue("Content-Type").orElse("")).contains("javascript");
  }

  @Test
  @DisplayName(
      "API paths that miss keep their JSON 404; a missing file is a 404, not the page; the API"
          + " without a token is a JSON 401 while the console's files are public")
  void apiMissesStayJson() throws Exception {
    for (String path :
        new String[] {"/api/v1/nothing", "/openapi/v1/nothing", "/scheduler/x", "/v3/x"}) {
      HttpResponse<String> r = asAdmin(path);
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      assertThat(r.body()).as(path).doesNotContain("<div id=\"app\">");
    }
    assertThat(asAdmin("/api/v1/nothing").body()).contains("\"code\"");
    assertThat(get("/assets/missing.js").statusCode()).isEqualTo(404);
    assertThat(asAdmin("/api/v1/centers").body()).contains("\"OK\"");
    HttpResponse<String> anonymous = get("/api/v1/centers");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).contains("\"code\"").doesNotContain("<div id=\"app\">");
  }
}
