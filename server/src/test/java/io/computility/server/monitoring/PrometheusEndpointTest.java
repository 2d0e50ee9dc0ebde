package io.computility.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.testsupport.FederationTestBase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 12: {@code /actuator/prometheus} answers the latency histograms, Hikari and JVM. */
class PrometheusEndpointTest extends FederationTestBase {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  @DisplayName("ISSUE-12 /actuator/prometheus exports the latency histograms, Hikari and JVM")
  void exportsHistograms() throws Exception {
    String token = adminToken();
    double before = count(scrape(token), "computility_job_submit_seconds_count");
    HttpResponse<String> created =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url("/openapi/v1/trainjob")))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"metrics\",\"tasks\":[{\"name\":\"t\",\"command\":\"sleep 60\","
                            + "\"imageId\":\"pytorch-2.3\",\"resourceSpecId\":\"cpu-4\","
                            + "\"replicaNumber\":1}]}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              String text = scrape(token);
              assertThat(count(text, "computility_job_submit_seconds_count")).isEqualTo(before + 1);
              assertThat(count(text, "computility_scheduling_time_seconds_count")).isPositive();
              assertThat(count(text, "computility_dispatch_call_seconds_count")).isPositive();
              assertThat(count(text, "computility_audit_append_seconds_count")).isPositive();
              assertThat(text)
                  .contains(
                      "computility_job_submit_seconds_bucket{",
                      "computility_scheduling_time_seconds_bucket{",
                      "computility_dispatch_call_seconds_bucket{",
                      "computility_pool_placement_seconds_bucket{",
                      "computility_audit_append_seconds_bucket{",
                      "hikaricp_connections_active",
                      "jvm_memory_used_bytes",
                      "http_server_requests_seconds_bucket{");
            });
  }

  @Test
  @DisplayName("ISSUE-12 /actuator/prometheus needs a token (system:read)")
  void needsToken() throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url("/actuator/prometheus"))).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(401);
  }

  private String scrape(String token) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url("/actuator/prometheus")))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  /** The value of an untagged (or first) sample of {@code metric}; 0 when absent. */
  private static double count(String text, String metric) {
    Matcher m = Pattern.compile("(?m)^" + metric + "(\\{[^}]*})? ([0-9.eE+-]+)$").matcher(text);
    return m.find() ? Double.parseDouble(m.group(2)) : 0;
  }

  private String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }
}
