package io.computility.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.TestAuth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * ISSUE-13 item 6: a real server from the built jar, fuzzed over every operation of its own {@code
 * /v3/api-docs} as the platform admin and a tenant's admin. Bounded by {@code -Dfuzz.duration}
 * (ISO-8601, default PT3M from the pom; -Pfuzz-long for PT30M), seeded by {@code -Dfuzz.seed}. The
 * report (seed, statuses, distinct findings with a curl reproduction each) goes to stdout and to
 * {@code target/fuzz-findings.md}. See docs/testing.md.
 */
class ApiFuzzIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * Operations left out, each with its reason. Everything else is fuzzed, including logout, token
   * revocation and user/role/tenant changes: the run logs in again when they end its session, and
   * never aims them at the admin's own user, tenant, organisation or role (see {@link Values}).
   */
  static final Set<String> EXCLUDED =
      Set.of(
          // redirects the browser to an identity provider; no JSON API, nothing to validate
          "GET /api/v1/auth/oidc/login");

  @Test
  @DisplayName(
      "ISSUE-13 fuzzing: every operation of /v3/api-docs on the built jar answers no 5xx, stays on its schema and keeps health")
  void fuzzEveryOperation() throws Exception {
    Duration duration = Duration.parse(property("fuzz.duration", "PT1M"));
    String seedText = property("fuzz.seed", "");
    long seed = seedText.isBlank() ? new Random().nextLong() : Long.parseLong(seedText);
    System.out.println("ISSUE-13 fuzz: seed " + seed + " (-Dfuzz.seed=" + seed + "), " + duration);
    Path dir = Files.createDirectories(Paths.get("target", "fuzz-" + System.nanoTime()));
    try (JarServer server = JarServer.start(dir)) {
      Session admin = new Session(server, TestAuth.ADMIN, TestAuth.ADMIN_PASSWORD);
      admin.relogin();
      Session tenant = tenantAdmin(server, admin);
      String document = admin.get("/v3/api-docs").body();
      JsonNode doc = JSON.readTree(document);
      List<ApiOperation> ops =
          ApiOperation.all(doc).stream().filter(o -> !EXCLUDED.contains(o.key())).toList();
      Set<String> untouchable = protectedValues(admin.me());
      untouchable.addAll(protectedValues(tenant.me()));
      Values values = new Values(doc, new Random(seed), untouchable);
      FuzzRun run =
          new FuzzRun(server, List.of(admin, tenant), values, new ResponseCheck(document));
      run.run(ops, System.nanoTime() + duration.toNanos());
      boolean healthy = server.healthy();
      String report =
          run.findings.report(seed, duration.toString(), run.statuses, run.requests)
              + "\nOperations: "
              + ops.size()
              + ", logins: "
              + (admin.logins + tenant.logins)
              + ", operations that answered 2xx: "
              + run.successes.size()
              + "\nNever 2xx: "
              + ops.stream()
                  .map(ApiOperation::key)
                  .filter(k -> !run.successes.containsKey(k))
                  .toList()
              + "\nHealthy at the end: "
              + healthy
              + ", server log: "
              + server.log
              + "\n";
      Files.writeString(Paths.get("target", "fuzz-findings.md"), report);
      System.out.println(report);
      assertThat(run.perOperation.keySet()).as("operations fuzzed").hasSize(ops.size());
      assertThat(healthy).as("health after the run").isTrue();
      assertThat(run.findings.failing())
          .as("failing findings of seed %d (target/fuzz-findings.md):%n%s", seed, report)
          .isEmpty();
    }
  }

  /** A tenant and its first administrator, created by the platform admin, logged in. */
  private static Session tenantAdmin(JarServer server, Session admin) {
    String body =
        "{\"name\":\"fuzz-tenant\",\"desc\":\"ISSUE-13 fuzz run\",\"admin_username\":\"fuzz-tenant-admin\","
            + "\"admin_password\":\"Fuzz-Tenant-Pw1\",\"quota\":{\"cpu\":64,\"memory_mb\":262144,"
            + "\"disk_gb\":1000,\"instances\":50,\"gpu\":16}}";
    var r = admin.post("/api/v1/tenants", body);
    assertThat(r.statusCode()).as("create the fuzz tenant: %s", r.body()).isBetween(200, 201);
    Session tenant = new Session(server, "fuzz-tenant-admin", "Fuzz-Tenant-Pw1");
    tenant.relogin();
    return tenant;
  }

  /** Every string of a user's own profile: its user, tenant, organisation and roles. */
  private static Set<String> protectedValues(JsonNode me) {
    Set<String> out = new HashSet<>(Set.of("admin"));
    collect(me, out);
    return out;
  }

  private static void collect(JsonNode n, Set<String> out) {
    if (n.isString()) out.add(n.asString());
    for (JsonNode child : n) collect(child, out);
  }

  private static String property(String name, String fallback) {
    String v = System.getProperty(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
