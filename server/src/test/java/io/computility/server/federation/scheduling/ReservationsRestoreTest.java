package io.computility.server.federation.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.resource.Resources;
import io.computility.server.federation.job.JobReader;
import io.computility.server.federation.job.ReplicaStore;
import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.TestAuth;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Issue 12: reservations of replicas placed on a center but not running survive a restart. */
class ReservationsRestoreTest extends FederationTestBase {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired ReplicaStore replicas;
  @Autowired JobReader reader;
  @Autowired ClusterViewFactory views;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("ISSUE-12 start-up rebuilds the reservations of replicas queued at a center")
  void rebuildsFromDatabase() throws Exception {
    String id = submitAndStop();
    // The replica as a crash may leave it: placed on alpha, its data still in transfer, not
    // running. The job itself is stopped, so no scheduler cycle touches the row meanwhile.
    jdbc.update(
        "update replica set center_id = 'alpha', status = 'PENDING', dispatch_state ="
            + " 'TRANSFERRING', transfer_until = now() + interval '1 hour' where job_id = ?",
        id);
    Reservations fresh = new Reservations();
    new ReservationsRestore(replicas, reader, views, fresh);

    Resources asked = views.spec("cpu-4").resources();
    Resources free = new Resources(64, 8, 0, 0, 524288, 0, 0);
    MonitoringSnapshot seen =
        fresh.adjust(
            new MonitoringSnapshot("alpha", "alpha", 0, 0, Resources.ZERO, free, 1, Instant.now()));
    assertThat(seen.runningTaskNum()).isEqualTo(1);
    assertThat(seen.free()).isEqualTo(free.minusClamped(asked));
    // Another center's capacity is untouched.
    MonitoringSnapshot beta =
        fresh.adjust(
            new MonitoringSnapshot("beta", "beta", 0, 0, Resources.ZERO, free, 1, Instant.now()));
    assertThat(beta.free()).isEqualTo(free);
  }

  private String submitAndStop() throws Exception {
    String token = adminToken();
    HttpResponse<String> r =
        HTTP.send(
            request("/openapi/v1/trainjob", token)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"restore\",\"tasks\":[{\"name\":\"t\",\"command\":\"sleep 60\","
                            + "\"imageId\":\"pytorch-2.3\",\"resourceSpecId\":\"cpu-4\","
                            + "\"replicaNumber\":1}]}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    String id = JSON.readTree(r.body()).path("data").path("jobId").asText();
    HttpResponse<String> stop =
        HTTP.send(
            request("/openapi/v1/trainjob/" + id + "/stop", token)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(stop.statusCode()).as(stop.body()).isLessThan(300);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                        "select count(*) from replica where job_id = ? and status = 'PENDING'",
                        Integer.class,
                        id)
                    == 0);
    return id;
  }

  private HttpRequest.Builder request(String path, String token) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Authorization", TestAuth.bearer(token));
  }
}
