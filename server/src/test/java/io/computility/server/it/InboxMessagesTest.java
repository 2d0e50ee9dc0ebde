package io.computility.server.it;

import static io.computility.server.it.SupportFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.computility.core.monitoring.Severity;
import io.computility.server.market.MarketMessage;
import io.computility.server.monitoring.alerts.NotificationStore;
import io.computility.server.testsupport.FederationTestBase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Personal messages in the in-app inbox next to the platform-wide alert notifications. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxMessagesTest extends FederationTestBase {
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate tx;
  @Autowired NotificationStore store;
  SupportFixture f;

  @BeforeAll
  void people() throws Exception {
    f = new SupportFixture(port).build();
  }

  private void publish(List<String> to, String marker) {
    tx.executeWithoutResult(
        s ->
            events.publishEvent(
                new MarketMessage(
                    to, "market.test.hello", Map.of("marker", marker), "/support/tickets")));
  }

  private static JsonNode inbox(Http as) throws Exception {
    return ok(as.get("/api/v1/monitoring/notifications?size=50")).path("items");
  }

  private static long count(Http as, String marker) throws Exception {
    long n = 0;
    for (JsonNode m : inbox(as)) if (m.toString().contains(marker)) n++;
    return n;
  }

  @Test
  @DisplayName(
      "NET-8.2 a MarketMessage lands once in the inbox of exactly its recipients, with its code,"
          + " params and link; nobody else sees it, not even the tenant's admin")
  void exactlyTheRecipients() throws Exception {
    String marker = "m-" + f.suffix + "-1";
    publish(List.of(f.userA, f.userB, f.userA), marker);
    assertThat(count(f.a, marker)).isEqualTo(1);
    assertThat(count(f.b, marker)).isEqualTo(1);
    assertThat(count(f.a2, marker)).isZero();
    assertThat(count(f.adminA, marker)).isZero();
    assertThat(count(f.admin, marker)).isZero();
    JsonNode m = inbox(f.a).get(0);
    assertThat(m.path("code").asString()).isEqualTo("market.test.hello");
    assertThat(m.path("params").path("marker").asString()).isEqualTo(marker);
    assertThat(m.path("link").asString()).isEqualTo("/support/tickets");
    assertThat(m.path("personal").asBoolean()).isTrue();
    assertThat(m.path("read").asBoolean()).isFalse();
  }

  @Test
  @DisplayName(
      "NET-8.2 a message whose cause rolls back is never stored (the listener writes in the"
          + " publishing transaction)")
  void rolledBackCauseLeavesNoMessage() throws Exception {
    String marker = "m-" + f.suffix + "-rollback";
    tx.executeWithoutResult(
        s -> {
          events.publishEvent(
              new MarketMessage(
                  List.of(f.userA), "market.test.hello", Map.of("marker", marker), null));
          s.setRollbackOnly();
        });
    assertThat(count(f.a, marker)).isZero();
  }

  @Test
  @DisplayName(
      "NET-8.2 CMP-observe the alert inbox is unchanged: alert notifications reach monitor:read"
          + " users (who also get their own messages) and never tenant users; read, read-all,"
          + " delete and the unread count act on the caller's own inbox only")
  void alertsAndIsolation() throws Exception {
    String alert = "alert-" + f.suffix;
    store.insert(null, Severity.WARNING, alert, "body", null, null, Instant.now());
    assertThat(count(f.admin, alert)).isEqualTo(1);
    assertThat(count(f.op, alert)).isEqualTo(1);
    assertThat(count(f.a, alert)).isZero();
    assertThat(count(f.adminA, alert)).isZero();

    String marker = "m-" + f.suffix + "-2";
    publish(List.of(f.userA), marker);
    long mine = inbox(f.a).get(0).path("id").asLong();
    long unread =
        ok(f.a.get("/api/v1/monitoring/notifications/unread-count")).path("count").asLong();
    assertThat(unread).isGreaterThanOrEqualTo(1);
    assertThat(f.b.post("/api/v1/monitoring/notifications/" + mine + "/read", "").status())
        .isEqualTo(404);
    assertThat(f.b.delete("/api/v1/monitoring/notifications/" + mine).status()).isEqualTo(404);
    ok(f.b.post("/api/v1/monitoring/notifications/read-all", ""));
    assertThat(inbox(f.a).get(0).path("read").asBoolean()).as("B read all of B's").isFalse();
    ok(f.a.post("/api/v1/monitoring/notifications/" + mine + "/read", ""));
    assertThat(inbox(f.a).get(0).path("read").asBoolean()).isTrue();
    assertThat(ok(f.a.get("/api/v1/monitoring/notifications/unread-count")).path("count").asLong())
        .isEqualTo(unread - 1);
    assertThat(count(f.admin, alert)).as("the alert stays for operators").isEqualTo(1);

    JsonNode filtered =
        ok(f.a.get("/api/v1/monitoring/notifications?title=" + marker)).path("items");
    assertThat(filtered.size()).isEqualTo(1);
    assertThat(f.a.get("/api/v1/monitoring/notifications?title=%01").status()).isEqualTo(400);
    ok(f.a.delete("/api/v1/monitoring/notifications/" + mine));
    assertThat(count(f.a, marker)).isZero();
    long alertId = 0;
    for (JsonNode n : inbox(f.admin))
      if (n.toString().contains(alert)) alertId = n.path("id").asLong();
    assertThat(f.admin.delete("/api/v1/monitoring/notifications/" + alertId).status())
        .as("alerts cannot be deleted")
        .isEqualTo(404);
    assertThat(f.a.post("/api/v1/monitoring/notifications/" + alertId + "/read", "").status())
        .as("a tenant user cannot touch an alert")
        .isEqualTo(404);
  }
}
