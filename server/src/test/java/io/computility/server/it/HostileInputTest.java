package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.TestAuth;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 13 finding 1, reproduced request by request: hostile input answers 4xx naming the field,
 * never 500. Each of these answered 500 before the fix.
 */
class HostileInputTest extends FederationTestBase {
  private final String suffix = UUID.randomUUID().toString().substring(0, 6);

  private Http admin() {
    return new Http(port);
  }

  private static void refused(Http.Answer a, int status, String field) {
    assertThat(a.status()).as(a.text()).isEqualTo(status);
    assertThat(a.body().path("errorMsg").asString()).as(a.text()).startsWith(field);
    assertThat(a.body().path("code").asString()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v1/jobs?q=%00|q",
        "/api/v1/jobs?user=a%00b|user",
        "/api/v1/audit/operations?actor=%00|actor",
        "/api/v1/audit/logins?action=%00|action",
        "/api/v1/monitoring/logs?text=%00|text",
        "/api/v1/users?q=%00|q",
        "/api/v1/pool/logs?contains=%00|contains",
        "/api/v1/monitoring/alerts?sourceId=%01|sourceId",
        "/api/v1/orgs?tenant_id=%00|tenant_id",
        "/api/v1/pool/logs?task=%00|task",
        "/api/v1/pool/logs?task=x&since=9223372036854775807|since",
        "/api/v1/audit/logins?since=%2B999999999-12-31T23:59:59Z|since"
      })
  @DisplayName("ISSUE-13 a control character in any query parameter answers 400 naming it")
  void controlCharacterInQuery(String path, String param) throws Exception {
    refused(admin().get(path), 400, param);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v1/monitoring/alerts?acknowledged=maybe|acknowledged must be true or false, was 'maybe'",
        "/api/v1/monitoring/alerts?page=x|page must be an integer, was 'x'",
        "/api/v1/audit/operations?size=1e3|size must be an integer, was '1e3'",
        "/api/v1/jobs?page=one|page must be an integer, was 'one'"
      })
  @DisplayName(
      "JC-6.4 a query parameter of the wrong type answers 400 naming it and the type it must have")
  void wrongTypeInQuery(String path, String message) throws Exception {
    Http.Answer a = admin().get(path);
    assertThat(a.status()).as(a.text()).isEqualTo(400);
    assertThat(a.body().path("errorMsg").asString()).isEqualTo(message);
  }

  @Test
  @DisplayName(
      "ISSUE-13 NUL in a JSON string answers 400 naming the field, also on login and password"
          + " change without a token")
  void nulInJson() throws Exception {
    Http anonymous = new Http(port, null);
    refused(
        anonymous.post("/api/v1/auth/login", "{\"username\":\"ad\\u0000min\",\"password\":\"x\"}"),
        400,
        "username");
    refused(
        anonymous.post(
            "/api/v1/auth/password",
            "{\"username\":\"\\u0000\",\"old_password\":\"x\",\"new_password\":\"Abcdefg-12\"}"),
        400,
        "username");
    refused(
        admin().post("/api/v1/policies", "{\"name\":\"p\\u0000\",\"weights\":{\"least-load\":1}}"),
        400,
        "name");
    refused(
        admin()
            .post(
                "/api/v1/pool/tasks",
                "{\"name\":\"t\",\"computePercent\":10,\"memoryMb\":100,\"command\":[\"a\\u0000\"]}"),
        400,
        "command[0]");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v1/tokens|{\"name\":\"a\\u0000b\"}|name",
        "/api/v1/images|{\"image_id\":\"i\",\"name\":\"n\",\"ai_center_id\":\"alpha\",\"base_os\":{\"a\\u0000b\":\"x\"}}|base_os",
        "/api/v1/pool/agents|{\"node\":\"fzi\",\"agentId\":\"a\",\"backend\":\"a\\u0000b\"}|backend",
        "/api/v1/simulations|{\"level\":\"federation\",\"policies\":[\"lowest-price\",null],\"jobs\":4}|policies[1]",
        "/api/v1/pool/agents/n1/logs|{\"lines\":[{\"taskId\":\"x\",\"line\":\"y\"},null]}|lines[1]"
      })
  @DisplayName("ISSUE-13 fuzz findings: NUL in values and map keys, null elements answer 400")
  void fuzzFindings(String path, String body, String field) throws Exception {
    String token = path.startsWith("/api/v1/pool/agents") ? TestAuth.AGENT_TOKEN : adminToken();
    refused(new Http(port, token).post(path, body), 400, field);
  }

  @Test
  @DisplayName(
      "ISSUE-13 a path the security firewall refuses and an over-long monitoring field answer 400"
          + " in the envelope")
  void firewallAndMonitoringSizes() throws Exception {
    for (String path :
        new String[] {"/api/v1/jobs/x%25y", "/api/v1/jobs/a%00b", "/api/v1/jobs/a%5Cb"}) {
      Http.Answer a = admin().get(path);
      assertThat(a.status()).as(path + " " + a.text()).isEqualTo(400);
      assertThat(a.body()).as(path + " " + a.text()).isNotNull();
      assertThat(a.body().path("code").asString()).isEqualTo("INVALID_ARGUMENT");
      assertThat(a.body().path("errorMsg").asString()).startsWith("path");
    }
    String rule =
        "{\"id\":\"r-"
            + suffix
            + "\",\"name\":\"n\",\"description\":\""
            + "d".repeat(513)
            + "\",\"severity\":\"INFO\",\"kind\":\"EVENT\",\"eventKind\":\"X\"}";
    refused(admin().post("/api/v1/monitoring/rules", rule), 400, "description");
  }

  @Test
  @DisplayName("ISSUE-13 a policy without a description is created with an empty one, not a 500")
  void policyWithoutDescription() throws Exception {
    Http.Answer a =
        admin()
            .post(
                "/api/v1/policies",
                "{\"name\":\"nodesc-" + suffix + "\",\"weights\":{\"least-load\":1}}");
    assertThat(a.status()).as(a.text()).isEqualTo(201);
    assertThat(a.data().path("description").asString()).isEmpty();
  }

  @Test
  @DisplayName("ISSUE-13 a dataset without created_user answers 400 naming it")
  void datasetWithoutCreatedUser() throws Exception {
    String body =
        "{\"data_name\":\"d-"
            + suffix
            + "\",\"data_version\":\"v1\",\"size_mb\":10,\"location\":[{\"dataset_url\":\"s3://x\","
            + "\"access\":\"r\",\"ai_center_id\":\"alpha\",\"concurrency_limit\":1,"
            + "\"download_rate_limit\":100}]}";
    refused(admin().post("/api/v1/datasets", body), 400, "created_user");
  }

  @Test
  @DisplayName("ISSUE-13 a spec price of 1e300 answers 400 naming price (numeric(18,4) column)")
  void specPriceOverflow() throws Exception {
    String body =
        "{\"resource_spec_id\":\"s-"
            + suffix
            + "\",\"resource_spec_name\":\"S\",\"resource_quantity\":{\"cpu\":\"1\"},"
            + "\"service_type\":\"batch\",\"price\":1e300}";
    refused(admin().post("/api/v1/specs", body), 400, "price");
  }

  @Test
  @DisplayName(
      "ISSUE-13 agent register: a huge node name answers 400 (or 413 over the body limit), a null"
          + " device 400 naming devices[0]; agent logs: a null line 400 naming lines[0]")
  void agentProtocol() throws Exception {
    Http agent = new Http(port, TestAuth.AGENT_TOKEN);
    String big = "n".repeat(300_000);
    refused(
        agent.post(
            "/api/v1/pool/agents", "{\"node\":\"" + big + "\",\"agentId\":\"a\",\"devices\":[]}"),
        400,
        "node");
    Http.Answer oneMb =
        agent.post(
            "/api/v1/pool/agents",
            "{\"node\":\"" + "n".repeat(1 << 20) + "\",\"agentId\":\"a\",\"devices\":[]}");
    refused(oneMb, 413, "body");
    refused(
        agent.post(
            "/api/v1/pool/agents",
            "{\"node\":\"n-" + suffix + "\",\"agentId\":\"a\",\"devices\":[null]}"),
        400,
        "devices[0]");
    refused(
        agent.post("/api/v1/pool/agents/n-" + suffix + "/logs", "{\"lines\":[null]}"),
        400,
        "lines[0]");
  }

  @Test
  @DisplayName("ISSUE-13 a simulation with policies:[null] answers 400 naming policies[0]")
  void simulationNullPolicy() throws Exception {
    String body =
        "{\"level\":\"federation\",\"centers\":\"id,region,gpus,cpus,price_gpu_hour,static_w,"
            + "exec_w,performance,security,bandwidth_mbps\\na,east,1,8,1.0,100,300,1.0,5,1000\\n\","
            + "\"jobs\":5,\"policies\":[null]}";
    refused(admin().post("/api/v1/simulations", body), 400, "policies[0]");
  }

  @Test
  @DisplayName(
      "ISSUE-13 a password over 72 UTF-8 bytes (bcrypt's limit) answers 400 on user create, a"
          + " tenant's first admin and password change; a login with one answers 401")
  void longPasswords() throws Exception {
    String tooLong = "Aa1-" + "é".repeat(35); // 74 bytes in UTF-8, 39 characters
    Http admin = admin();
    String org = admin.get("/api/v1/orgs").data().get(0).path("id").asString();
    refused(
        admin.post(
            "/api/v1/users",
            "{\"username\":\"u-"
                + suffix
                + "\",\"password\":\""
                + tooLong
                + "\",\"org_id\":\""
                + org
                + "\",\"roles\":[\"platform-auditor\"]}"),
        400,
        "password");
    String tenant =
        "{\"name\":\"t-"
            + suffix
            + "\",\"quota\":{\"cpu\":10,\"memory_mb\":1000,\"disk_gb\":10,\"instances\":10,"
            + "\"gpu\":1},\"admin_username\":\"ta-"
            + suffix
            + "\",\"admin_password\":\""
            + tooLong
            + "\"}";
    refused(admin.post("/api/v1/tenants", tenant), 400, "admin_password");
    Http anonymous = new Http(port, null);
    refused(
        anonymous.post(
            "/api/v1/auth/password",
            "{\"username\":\"admin\",\"old_password\":\""
                + TestAuth.ADMIN_PASSWORD
                + "\",\"new_password\":\""
                + tooLong
                + "\"}"),
        400,
        "new_password");
    Http.Answer login =
        anonymous.post(
            "/api/v1/auth/login",
            "{\"username\":\"nobody-" + suffix + "\",\"password\":\"" + tooLong + "\"}");
    assertThat(login.status()).as(login.text()).isEqualTo(401);
  }
}
