package io.computility.server.it;

import static io.computility.server.it.MarketWorld.approve;
import static io.computility.server.it.MarketWorld.tasks;
import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.market.application.ApplicationApproved;
import io.computility.server.testsupport.FederationTestBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Cart to application to approval on the real engine: a two-step flow (tenant admin or-sign, two
 * operators countersign), or-sign by platform operators, rejection, withdrawal, decisions twice and
 * by others; ApplicationApproved is recorded by a listener added to the running context.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("CMP-service CMP-config NET-8.2 applications approved on Flowable")
class ApprovalFlowTest extends FederationTestBase {
  @Autowired JdbcTemplate jdbc;
  @Autowired ConfigurableApplicationContext context;
  MarketWorld w;

  /** Approved applications with whether a transaction was active when published. */
  record Seen(ApplicationApproved event, boolean inTransaction) {}

  final List<Seen> approved = new CopyOnWriteArrayList<>();

  @BeforeAll
  void world() throws Exception {
    w = new MarketWorld(port).build(jdbc);
    context.addApplicationListener(
        (ApplicationListener<ApplicationEvent>)
            e -> {
              if (e instanceof PayloadApplicationEvent<?> p
                  && p.getPayload() instanceof ApplicationApproved a) {
                approved.add(
                    new Seen(a, TransactionSynchronizationManager.isActualTransactionActive()));
              }
            });
  }

  List<Seen> approvedOf(String id) {
    return approved.stream().filter(s -> s.event().applicationId().equals(id)).toList();
  }

  @Test
  @DisplayName(
      "CMP-service NET-8.2 cart, submit, tenant admin approves, both operators countersign: APPROVED and ApplicationApproved published once in the transaction")
  void twoStepCountersign() throws Exception {
    w.twoStepFlow();
    String id = w.submitted("two steps");
    assertThat(w.state(id)).isEqualTo("IN_APPROVAL");
    assertThat(tasks(w.operator1, id)).isEmpty(); // step 2 has not started
    List<String> step1 = tasks(w.tenantAdmin, id);
    assertThat(step1).hasSize(1);
    assertThat(approve(w.tenantAdmin, step1.get(0), "ok").status()).isEqualTo(200);
    List<String> op1 = tasks(w.operator1, id);
    List<String> op2 = tasks(w.operator2, id);
    assertThat(op1).hasSize(1);
    assertThat(op2).hasSize(1).doesNotContainAnyElementsOf(op1);
    assertThat(approve(w.operator1, op1.get(0), "fine").status()).isEqualTo(200);
    assertThat(w.state(id)).isEqualTo("IN_APPROVAL"); // countersign: one of two
    assertThat(approvedOf(id)).isEmpty();
    assertThat(approve(w.operator2, op2.get(0), "fine too").status()).isEqualTo(200);
    assertThat(w.state(id)).isEqualTo("APPROVED");
    assertThat(approvedOf(id)).hasSize(1);
    Seen seen = approvedOf(id).get(0);
    assertThat(seen.inTransaction()).isTrue();
    assertThat(seen.event().items()).hasSize(1);
    assertThat(seen.event().items().get(0).quantity()).isEqualTo(2);
    assertThat(seen.event().tenantId()).isEqualTo(w.tenant);
    var history = w.application(id).path("history");
    assertThat(history).hasSize(3);
    history.forEach(h -> assertThat(h.path("outcome").asString()).isEqualTo("APPROVED"));
    assertThat(history.get(0).path("actor_id").asString()).isEqualTo(w.tenantAdminId);
    assertThat(history.get(1).path("comment").asString()).isEqualTo("fine");
    // the done list of the operator holds the decision
    assertThat(w.operator1.get("/api/v1/market/approvals/done").text()).contains(id);
    // the decisions are in the operation log's outbox or chain
    Integer audited =
        jdbc.queryForObject(
            "select (select count(*) from audit_outbox where action = 'approval approve' and target"
                + " like ?) + (select count(*) from audit_log where action = 'approval approve'"
                + " and target like ?)",
            Integer.class,
            "%" + id + "%",
            "%" + id + "%");
    assertThat(audited).isEqualTo(3);
  }

  @Test
  @DisplayName(
      "CMP-config NET-8.2 an or-sign step of the platform operators: the first approval completes it, the second operator's approval of the same task is 409")
  void orSignByOperators() throws Exception {
    w.flow("[{\"name\":\"Operators\",\"kind\":\"PLATFORM_OPERATOR\",\"mode\":\"OR_SIGN\"}]");
    String id = w.submitted("or sign");
    List<String> t1 = tasks(w.operator1, id);
    assertThat(t1).hasSize(1).isEqualTo(tasks(w.operator2, id));
    assertThat(approve(w.operator1, t1.get(0), "").status()).isEqualTo(200);
    Http.Answer again = approve(w.operator2, t1.get(0), "");
    assertThat(again.status()).as(again.text()).isEqualTo(409);
    assertThat(again.text()).contains("task_id");
    assertThat(w.state(id)).isEqualTo("APPROVED");
    assertThat(approvedOf(id)).hasSize(1);
  }

  @Test
  @DisplayName(
      "CMP-service withdraw before the first approval returns the draft; after one approval it is 409 naming state")
  void withdraw() throws Exception {
    w.twoStepFlow();
    String id = w.submitted("withdraw");
    Http.Answer back = w.applicant.post("/api/v1/market/applications/" + id + "/withdraw", "{}");
    assertThat(back.status()).as(back.text()).isEqualTo(200);
    assertThat(w.state(id)).isEqualTo("DRAFT");
    assertThat(tasks(w.tenantAdmin, id)).isEmpty();
    assertThat(w.applicant.post("/api/v1/market/applications/" + id + "/submit", "{}").status())
        .isEqualTo(200);
    assertThat(approve(w.tenantAdmin, tasks(w.tenantAdmin, id).get(0), "").status()).isEqualTo(200);
    Http.Answer late = w.applicant.post("/api/v1/market/applications/" + id + "/withdraw", "{}");
    assertThat(late.status()).as(late.text()).isEqualTo(409);
    assertThat(late.text()).contains("state");
    assertThat(w.state(id)).isEqualTo("IN_APPROVAL");
    var outcomes = w.application(id).path("history").findValuesAsString("outcome");
    assertThat(outcomes).containsExactly("WITHDRAWN", "APPROVED");
  }

  @Test
  @DisplayName(
      "CMP-service reject with a reason ends the approval REJECTED with the reason; no reason is 400 naming reason")
  void reject() throws Exception {
    w.twoStepFlow();
    String id = w.submitted("reject");
    String task = tasks(w.tenantAdmin, id).get(0);
    Http.Answer none =
        w.tenantAdmin.post("/api/v1/market/approvals/tasks/" + task + "/reject", "{}");
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.text()).contains("reason");
    Http.Answer r =
        w.tenantAdmin.post(
            "/api/v1/market/approvals/tasks/" + task + "/reject", "{\"reason\":\"too many GPUs\"}");
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    var app = w.application(id).path("application");
    assertThat(app.path("state").asString()).isEqualTo("REJECTED");
    assertThat(app.path("reject_reason").asString()).isEqualTo("too many GPUs");
    assertThat(tasks(w.tenantAdmin, id)).isEmpty();
    assertThat(approvedOf(id)).isEmpty();
  }

  @Test
  @DisplayName(
      "CMP-service approving twice is 409 naming task_id; another approver's task is 403; an unknown task 404")
  void twiceAndOthers() throws Exception {
    w.twoStepFlow();
    String id = w.submitted("twice");
    String step1 = tasks(w.tenantAdmin, id).get(0);
    Http.Answer notMine = approve(w.applicant, step1, "");
    assertThat(notMine.status()).as(notMine.text()).isEqualTo(403);
    assertThat(notMine.text()).contains("task_id");
    assertThat(approve(w.tenantAdmin, step1, "").status()).isEqualTo(200);
    Http.Answer twice = approve(w.tenantAdmin, step1, "");
    assertThat(twice.status()).as(twice.text()).isEqualTo(409);
    assertThat(twice.text()).contains("task_id");
    String op1 = tasks(w.operator1, id).get(0);
    assertThat(approve(w.operator2, op1, "").status()).isEqualTo(403);
    assertThat(approve(w.operator1, "no-such-task", "").status()).isEqualTo(404);
    assertThat(w.state(id)).isEqualTo("IN_APPROVAL");
  }
}
