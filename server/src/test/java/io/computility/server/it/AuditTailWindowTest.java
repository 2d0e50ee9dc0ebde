package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.testsupport.FederationTestBase;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 finding 6: a tail deleted before the next anchor was not detected, and anchors came a
 * minute apart. With the default settings a new audit row is covered by a signed anchor within
 * seconds, so the undetectable window is the last few seconds (docs/security.md).
 */
class AuditTailWindowTest extends FederationTestBase {
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName(
      "ISSUE-13 with default settings a new audit row is covered by a signed anchor within"
          + " seconds (anchor-every 5s), bounding the undetected-tail window")
  void newRowsAnchoredWithinSeconds() throws Exception {
    Http.Answer a =
        new Http(port)
            .post("/api/v1/policies", "{\"name\":\"tail-window\",\"weights\":{\"least-load\":1}}");
    assertThat(a.status()).as(a.text()).isIn(201, 409);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> jdbc.queryForObject("select count(*) from audit_log", Long.class) > 0);
    long head = jdbc.queryForObject("select max(seq) from audit_log", Long.class);
    await()
        .atMost(Duration.ofSeconds(12))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              Long anchored = jdbc.queryForObject("select max(seq) from audit_anchor", Long.class);
              return anchored != null && anchored >= head;
            });
  }
}
