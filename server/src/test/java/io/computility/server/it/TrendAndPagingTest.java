package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The overview's utilisation trend and the optional paging of the catalogue and pool lists. */
@DisplayName("CMP-observe JC-6.4 trend and paging")
class TrendAndPagingTest extends FederationTestBase {

  @Test
  @DisplayName("CMP-observe the trend answers buckets of center utilisation from stored samples")
  void trend() throws Exception {
    Http admin = new Http(port);
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .until(
            () ->
                admin.get("/api/v1/monitoring/trend?range=hour").data().path("points").size() > 0);
    JsonNode t = admin.get("/api/v1/monitoring/trend?range=hour").data();
    assertThat(t.path("range").asString()).isEqualTo("hour");
    assertThat(t.path("bucketSeconds").asLong()).isEqualTo(60);
    JsonNode last = t.path("points").get(t.path("points").size() - 1);
    assertThat(last.path("cpu").isNumber()).as(last.toString()).isTrue();
    assertThat(last.path("cpu").asDouble()).isBetween(0.0, 1.0);
    assertThat(last.path("gpu").isNumber() || last.path("gpu").isNull()).isTrue();
    assertThat(
            admin.get("/api/v1/monitoring/trend?range=week").data().path("bucketSeconds").asLong())
        .isEqualTo(7200);
  }

  @Test
  @DisplayName("CMP-observe an unknown range answers 400 NOT_ONE_OF naming range")
  void badRange() throws Exception {
    Http.Answer a = new Http(port).get("/api/v1/monitoring/trend?range=year");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().path("error").path("reason").asString()).isEqualTo("NOT_ONE_OF");
    assertThat(a.body().path("error").path("field").asString()).isEqualTo("range");
  }

  @Test
  @DisplayName("JC-6.4 catalogue lists page with page, size and sort; unpaged answers stay whole")
  void cataloguePaging() throws Exception {
    Http admin = new Http(port);
    for (String list : java.util.List.of("/api/v1/specs", "/api/v1/images", "/api/v1/datasets")) {
      Http.Answer all = admin.get(list);
      int total = all.data().size();
      assertThat(all.header("X-Total-Count")).isEqualTo(Integer.toString(total));
      Http.Answer one = admin.get(list + "?page=0&size=1");
      assertThat(one.status()).as(one.text()).isEqualTo(200);
      assertThat(one.data().size()).isEqualTo(Math.min(1, total));
      assertThat(one.header("X-Total-Count")).isEqualTo(Integer.toString(total));
    }
    Http.Answer desc = admin.get("/api/v1/specs?sort=-id&size=1000");
    JsonNode d = desc.data();
    for (int i = 1; i < d.size(); i++) {
      assertThat(d.get(i - 1).path("resource_spec_id").asString())
          .isGreaterThanOrEqualTo(d.get(i).path("resource_spec_id").asString());
    }
    Http.Answer badSort = admin.get("/api/v1/images?sort=colour");
    assertThat(badSort.status()).isEqualTo(400);
    assertThat(badSort.body().path("error").path("field").asString()).isEqualTo("sort");
    Http.Answer badSize = admin.get("/api/v1/datasets?size=0");
    assertThat(badSize.status()).isEqualTo(400);
    assertThat(badSize.body().path("error").path("reason").asString()).isEqualTo("TOO_SMALL");
  }

  @Test
  @DisplayName("POOL-T12.18 pool tasks and logs page; paged tasks and logs come newest first")
  void poolPaging() throws Exception {
    Http admin = new Http(port);
    assertThat(admin.get("/api/v1/pool/tasks").header("X-Total-Count"))
        .as("the whole list tells its size too")
        .isNotNull();
    Http.Answer tasks = admin.get("/api/v1/pool/tasks?page=0&size=2");
    assertThat(tasks.status()).as(tasks.text()).isEqualTo(200);
    assertThat(tasks.data().size()).isLessThanOrEqualTo(2);
    assertThat(tasks.header("X-Total-Count")).isNotNull();
    if (tasks.data().size() == 2) {
      assertThat(java.time.Instant.parse(tasks.data().get(0).path("submittedAt").asText()))
          .as("a page of tasks is newest first")
          .isAfterOrEqualTo(
              java.time.Instant.parse(tasks.data().get(1).path("submittedAt").asText()));
    }
    Http.Answer logs = admin.get("/api/v1/pool/logs?page=0&size=50");
    assertThat(logs.status()).as(logs.text()).isEqualTo(200);
    JsonNode l = logs.data();
    for (int i = 1; i < l.size(); i++) {
      assertThat(java.time.Instant.parse(l.get(i - 1).path("at").asString()))
          .isAfterOrEqualTo(java.time.Instant.parse(l.get(i).path("at").asString()));
    }
  }
}
