package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.TestAuth;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * People of the support tests, built through the API as the platform admin: tenant A with its admin
 * and two tenant users, tenant B with its admin and one tenant user, and an operator (a
 * platform-side user holding platform-admin, so ticket:handle).
 */
final class SupportFixture {
  static final String PASSWORD = "Support-Pw-123";
  final int port;
  final String suffix = UUID.randomUUID().toString().substring(0, 6);
  String tenantA;
  String tenantB;
  String userA;
  String userA2;
  String userB;
  String operator;
  Http adminA;
  Http a;
  Http a2;
  Http b;
  Http op;
  Http admin;

  SupportFixture(int port) {
    this.port = port;
  }

  String name(String base) {
    return base + "-" + suffix;
  }

  SupportFixture build() throws Exception {
    admin = new Http(port);
    tenantA = tenant("a");
    tenantB = tenant("b");
    adminA = new Http(port, TestAuth.login(port, name("sa-admin"), PASSWORD));
    Http adminB = new Http(port, TestAuth.login(port, name("sb-admin"), PASSWORD));
    userA = user(adminA, "sa-user", "tenant-user");
    userA2 = user(adminA, "sa-user2", "tenant-user");
    userB = user(adminB, "sb-user", "tenant-user");
    // a platform admin who handles work orders and, as a platform operator, approves resource ones
    operator = user(admin, "s-operator", "platform-admin\",\"platform-operator");
    a = new Http(port, TestAuth.login(port, name("sa-user"), PASSWORD));
    a2 = new Http(port, TestAuth.login(port, name("sa-user2"), PASSWORD));
    b = new Http(port, TestAuth.login(port, name("sb-user"), PASSWORD));
    op = new Http(port, TestAuth.login(port, name("s-operator"), PASSWORD));
    return this;
  }

  private String tenant(String letter) throws Exception {
    String body =
        "{\"name\":\""
            + name("stenant-" + letter)
            + "\",\"quota\":{\"cpu\":100,\"memory_mb\":100000,\"disk_gb\":100,\"instances\":10,"
            + "\"gpu\":8},\"admin_username\":\""
            + name("s" + letter + "-admin")
            + "\",\"admin_password\":\""
            + PASSWORD
            + "\"}";
    return ok(admin.post("/api/v1/tenants", body)).path("id").asString();
  }

  private String user(Http as, String login, String role) throws Exception {
    String org = as.get("/api/v1/orgs").data().get(0).path("id").asString();
    String body =
        "{\"username\":\""
            + name(login)
            + "\",\"password\":\""
            + PASSWORD
            + "\",\"org_id\":\""
            + org
            + "\",\"roles\":[\""
            + role
            + "\"]}";
    return ok(as.post("/api/v1/users", body)).path("id").asString();
  }

  /** A support ticket of {@code as} in {@code category}; its id. */
  static String ticket(Http as, String title, String category, String priority) throws Exception {
    return ok(as.post(
            "/api/v1/market/tickets",
            "{\"title\":\""
                + title
                + "\",\"category_id\":\""
                + category
                + "\",\"description\":\"it does not work\",\"priority\":\""
                + priority
                + "\"}"))
        .path("id")
        .asString();
  }

  static JsonNode ok(Http.Answer a) {
    assertThat(a.status()).as(a.text()).isIn(200, 201);
    return a.data();
  }

  /** The codes of the inbox messages {@code as} sees about one ticket. */
  static java.util.List<String> messages(Http as, String ticketId) throws Exception {
    JsonNode items = ok(as.get("/api/v1/monitoring/notifications?size=50")).path("items");
    java.util.List<String> codes = new java.util.ArrayList<>();
    for (JsonNode n : items) {
      if (ticketId.equals(n.path("params").path("ticketId").asString())) {
        codes.add(n.path("code").asString());
      }
    }
    return codes;
  }
}
