package io.computility.server.it;

import static io.computility.server.it.SupportFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/** Notices and news: audience, schedule, pin, withdraw, reads. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticesTest extends FederationTestBase {
  SupportFixture f;

  @BeforeAll
  void people() throws Exception {
    f = new SupportFixture(port).build();
  }

  private String notice(String title, String audience, String tenants, Instant publishAt)
      throws Exception {
    String body =
        "{\"title\":\""
            + title
            + "\",\"body\":\"text of "
            + title
            + "\",\"audience\":\""
            + audience
            + "\",\"tenant_ids\":"
            + tenants
            + (publishAt == null ? "" : ",\"publish_at\":\"" + publishAt + "\"")
            + "}";
    return ok(f.op.post("/api/v1/market/notices", body)).path("id").asString();
  }

  private static String list(Http as) throws Exception {
    return ok(as.get("/api/v1/market/notices?size=200")).toString();
  }

  @Test
  @DisplayName(
      "NET-8.2 notices reach their audience only: ALL to everyone, TENANTS to the tenants named;"
          + " another tenant's user neither lists nor opens one (404)")
  void audience() throws Exception {
    Instant now = Instant.now().minusSeconds(5);
    String all = notice("all-" + f.suffix, "ALL", "[]", now);
    String onlyA = notice("only-a-" + f.suffix, "TENANTS", "[\"" + f.tenantA + "\"]", now);
    assertThat(list(f.a)).contains(all, onlyA).doesNotContain(f.tenantB);
    assertThat(list(f.b)).contains(all).doesNotContain(onlyA);
    assertThat(f.b.get("/api/v1/market/notices/" + onlyA).status()).isEqualTo(404);
    assertThat(f.b.post("/api/v1/market/notices/" + onlyA + "/read", "").status()).isEqualTo(404);
    JsonNode opened = ok(f.a.get("/api/v1/market/notices/" + onlyA));
    assertThat(opened.path("body").asString()).isEqualTo("text of only-a-" + f.suffix);
    assertThat(opened.path("tenant_ids").size()).as("users do not learn tenant ids").isZero();
  }

  @Test
  @DisplayName(
      "NET-8.2 a scheduled notice stays hidden until its publish time, a draft until published;"
          + " a withdrawn one disappears; pinned ones come first; reads are per user")
  void scheduleWithdrawPinRead() throws Exception {
    String later = notice("later-" + f.suffix, "ALL", "[]", Instant.now().plus(Duration.ofDays(1)));
    String draft = notice("draft-" + f.suffix, "ALL", "[]", null);
    String pinned = notice("pinned-" + f.suffix, "ALL", "[]", Instant.now().minusSeconds(60));
    String plain = notice("plain-" + f.suffix, "ALL", "[]", Instant.now().minusSeconds(5));
    assertThat(list(f.a)).doesNotContain(later).doesNotContain(draft).contains(plain);
    String manage = ok(f.op.get("/api/v1/market/notices/manage?size=200")).toString();
    assertThat(manage).contains(later, draft);
    assertThat(ok(f.op.get("/api/v1/market/notices/" + later)).path("status").asString())
        .isEqualTo("SCHEDULED");
    assertThat(ok(f.op.get("/api/v1/market/notices/" + draft)).path("status").asString())
        .isEqualTo("DRAFT");
    ok(f.op.post("/api/v1/market/notices/" + draft + "/publish", ""));
    assertThat(list(f.a)).contains(draft);

    ok(f.op.post("/api/v1/market/notices/" + pinned + "/pin", "{\"pinned\":true}"));
    JsonNode first = ok(f.a.get("/api/v1/market/notices?size=200")).path("page").path("items");
    int pinnedAt = -1;
    int plainAt = -1;
    for (int i = 0; i < first.size(); i++) {
      if (first.get(i).path("id").asString().equals(pinned)) pinnedAt = i;
      if (first.get(i).path("id").asString().equals(plain)) plainAt = i;
    }
    assertThat(pinnedAt).isNotNegative().isLessThan(plainAt);

    long unread = ok(f.a.get("/api/v1/market/notices")).path("unread").asLong();
    ok(f.a.post("/api/v1/market/notices/" + plain + "/read", ""));
    ok(f.a.post("/api/v1/market/notices/" + plain + "/read", ""));
    assertThat(ok(f.a.get("/api/v1/market/notices")).path("unread").asLong()).isEqualTo(unread - 1);
    assertThat(ok(f.a2.get("/api/v1/market/notices")).path("unread").asLong())
        .as("another user's reads are theirs")
        .isGreaterThanOrEqualTo(unread);

    ok(f.op.post("/api/v1/market/notices/" + plain + "/withdraw", ""));
    assertThat(list(f.a)).doesNotContain(plain);
    assertThat(f.a.get("/api/v1/market/notices/" + plain).status()).isEqualTo(404);
  }

  @Test
  @DisplayName(
      "NET-8.2 bad notices answer 400 naming the field (title, kind, audience, tenant_ids,"
          + " publish_at, pinned); tenant users and tenant admins cannot write notices (403)")
  void badInputAndPermissions() throws Exception {
    String url = "/api/v1/market/notices";
    field(f.op.post(url, "{\"body\":\"b\"}"), "title");
    field(f.op.post(url, "{\"title\":\"t\",\"body\":\"b\",\"kind\":\"GOSSIP\"}"), "kind");
    field(f.op.post(url, "{\"title\":\"t\",\"body\":\"b\",\"audience\":\"SOME\"}"), "audience");
    field(
        f.op.post(url, "{\"title\":\"t\",\"body\":\"b\",\"audience\":\"TENANTS\"}"), "tenant_ids");
    field(
        f.op.post(
            url,
            "{\"title\":\"t\",\"body\":\"b\",\"audience\":\"TENANTS\",\"tenant_ids\":[\"nope\"]}"),
        "tenant_ids[0]");
    field(
        f.op.post(url, "{\"title\":\"t\",\"body\":\"b\",\"publish_at\":\"tomorrow\"}"),
        "publish_at");
    String id = notice("p-" + f.suffix, "ALL", "[]", null);
    field(f.op.post(url + "/" + id + "/pin", "{}"), "pinned");
    assertThat(f.a.post(url, "{\"title\":\"t\",\"body\":\"b\"}").status()).isEqualTo(403);
    assertThat(f.adminA.post(url, "{\"title\":\"t\",\"body\":\"b\"}").status()).isEqualTo(403);
    assertThat(f.adminA.get(url + "/manage").status()).isEqualTo(403);
  }

  private static void field(Http.Answer a, String field) {
    assertThat(a.status()).as(a.text()).isEqualTo(400);
    assertThat(a.body().path("errorMsg").asString()).as(a.text()).startsWith(field);
  }
}
