package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.TestAuth;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue through its API for the market tests: categories and products created by the
 * platform admin, tenants with a tenant user each, all names unique to one test class.
 */
final class MarketApi {
  static final String PASSWORD = "Market-Pw-123";
  final int port;
  final Http admin;
  final String suffix = UUID.randomUUID().toString().substring(0, 6);

  private final String adminToken;

  MarketApi(int port) {
    this.port = port;
    this.adminToken = TestAuth.adminToken(port);
    this.admin = new Http(port, adminToken);
  }

  /** The platform admin's bearer token (one login for the whole test class). */
  String adminToken() {
    return adminToken;
  }

  String name(String base) {
    return base + "-" + suffix;
  }

  /** A first-level category and one child of it; returns {parent, child}. */
  String[] categories(String base) throws Exception {
    String parent =
        id(admin.post("/api/v1/market/categories", "{\"name\":\"" + name(base) + "\"}"));
    String child =
        id(
            admin.post(
                "/api/v1/market/categories",
                "{\"name\":\"" + name(base + "-child") + "\",\"parent_id\":\"" + parent + "\"}"));
    return new String[] {parent, child};
  }

  /** A COMPUTE product body in {@code category} with the given name and introduction. */
  static String compute(String name, String category, String centerId, String intro) {
    return """
        {"name":"%s","type":"COMPUTE","category_id":"%s",%s"provider_name":"Beijing AI",
         "introduction":"%s","icon":"cpu","components":{"cpu":8,"memory_mb":65536,"gpu":1,
         "gpu_memory_mb":81920},"durations":["P1D","P1M"],
         "specs":[{"name":"2 cards","components":{"cpu":16,"gpu":2,"gpu_memory_mb":163840}}]}
        """
        .formatted(
            name, category, centerId == null ? "" : "\"center_id\":\"" + centerId + "\",", intro);
  }

  /** Registers a product as the admin and returns its id (a draft). */
  String product(String body) throws Exception {
    return id(admin.post("/api/v1/market/products", body));
  }

  /** Puts a product on shelf for all tenants or only {@code tenants}. */
  void shelve(String productId, String... tenants) throws Exception {
    if (tenants.length > 0) {
      String list = "\"" + String.join("\",\"", tenants) + "\"";
      ok(
          admin.put(
              "/api/v1/market/products/" + productId + "/shelf",
              "{\"scope\":\"TENANTS\",\"tenants\":[" + list + "]}"));
    }
    ok(
        admin.post(
            "/api/v1/market/products/" + productId + "/transition", "{\"action\":\"SHELVE\"}"));
  }

  /** A tenant with a tenant user; returns {tenant id, the user's token}. */
  String[] tenant(String letter) throws Exception {
    String admin = name(letter + "-admin");
    String tenant =
        id(
            this.admin.post(
                "/api/v1/tenants",
                """
                {"name":"%s","quota":{"cpu":10,"memory_mb":10000,"disk_gb":10,"instances":10,"gpu":4},
                 "admin_username":"%s","admin_password":"%s"}
                """
                    .formatted(name("tenant-" + letter), admin, PASSWORD)));
    Http a = new Http(port, TestAuth.login(port, admin, PASSWORD));
    String org = a.get("/api/v1/orgs").data().get(0).path("id").asString();
    ok(
        a.post(
            "/api/v1/users",
            """
            {"username":"%s","password":"%s","org_id":"%s","roles":["tenant-user"]}
            """
                .formatted(name(letter + "-user"), PASSWORD, org)));
    return new String[] {tenant, TestAuth.login(port, name(letter + "-user"), PASSWORD)};
  }

  static JsonNode ok(Http.Answer a) {
    assertThat(a.status()).as(a.text()).isIn(200, 201);
    return a.data();
  }

  static String id(Http.Answer a) {
    return ok(a).path("id").asString();
  }

  /** The ids of the items of a page answer. */
  static java.util.List<String> ids(Http.Answer a) {
    java.util.List<String> out = new java.util.ArrayList<>();
    ok(a).path("items").forEach(n -> out.add(n.path("id").asString()));
    return out;
  }
}
