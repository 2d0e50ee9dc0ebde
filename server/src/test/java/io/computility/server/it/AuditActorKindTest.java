package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.TestAuth;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/** The operation log filtered by actor kind and action, with totals; heartbeats hidden. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("CMP-security audit log by actor kind")
class AuditActorKindTest extends FederationTestBase {
  final String mark = "k" + UUID.randomUUID().toString().substring(0, 8);
  Http admin;

  @BeforeAll
  void operations() throws Exception {
    admin = new Http(port);
    Http agent = new Http(port, TestAuth.AGENT_TOKEN);
    admin.post("/api/v1/users/" + mark + "-human/disable", "");
    agent.post("/api/v1/pool/agents/" + mark + "-node/heartbeat", "{}");
    agent.post("/api/v1/pool/tasks/" + mark + "-machine/stop", "");
  }

  private Http.Answer ops(String query) throws Exception {
    Http.Answer a = admin.get("/api/v1/audit/operations?action=" + mark + query);
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    return a;
  }

  private static String actions(Http.Answer a) {
    StringBuilder sb = new StringBuilder();
    for (JsonNode r : a.data()) sb.append(r.path("action").asString()).append('\n');
    return sb.toString();
  }

  @Test
  @DisplayName("CMP-security agent heartbeats are hidden by default and shown with heartbeats=true")
  void heartbeatsHidden() throws Exception {
    Http.Answer hidden = ops("");
    assertThat(actions(hidden)).doesNotContain("/heartbeat").contains("-human/disable");
    assertThat(hidden.header("X-Total-Count")).isEqualTo(Integer.toString(hidden.data().size()));
    Http.Answer shown = ops("&heartbeats=true");
    assertThat(actions(shown)).contains(mark + "-node/heartbeat");
    assertThat(Long.parseLong(shown.header("X-Total-Count")))
        .isEqualTo(Long.parseLong(hidden.header("X-Total-Count")) + 1);
  }

  @Test
  @DisplayName(
      "CMP-security actorKind HUMAN, AGENT and MACHINE each select their own rows, with totals")
  void byKind() throws Exception {
    Http.Answer human = ops("&actorKind=human&heartbeats=true");
    assertThat(actions(human))
        .contains("-human/disable")
        .doesNotContain("-node")
        .doesNotContain("-machine");
    Http.Answer agent = ops("&actorKind=AGENT&heartbeats=true");
    assertThat(actions(agent)).isEqualTo("POST /api/v1/pool/agents/" + mark + "-node/heartbeat\n");
    assertThat(agent.header("X-Total-Count")).isEqualTo("1");
    Http.Answer machine = ops("&actorKind=machine");
    assertThat(actions(machine)).isEqualTo("POST /api/v1/pool/tasks/" + mark + "-machine/stop\n");
  }

  @Test
  @DisplayName("CMP-security an unknown actor kind answers 400 NOT_ONE_OF naming actorKind")
  void badKind() throws Exception {
    Http.Answer a = admin.get("/api/v1/audit/operations?actorKind=robot");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().path("error").path("reason").asString()).isEqualTo("NOT_ONE_OF");
    assertThat(a.body().path("error").path("field").asString()).isEqualTo("actorKind");
  }
}
