package io.computility.server.it;

import static io.computility.server.it.SupportFixture.messages;
import static io.computility.server.it.SupportFixture.ok;
import static io.computility.server.it.SupportFixture.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.market.ticket.OverdueSweep;
import io.computility.server.market.ticket.Ticket;
import io.computility.server.testsupport.FederationTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Work orders end to end on a real server and database: states, SLA, comments, messages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketLifecycleTest extends FederationTestBase {
  @Autowired OverdueSweep sweep;
  SupportFixture f;
  String category;

  @BeforeAll
  void people() throws Exception {
    f = new SupportFixture(port).build();
    category =
        ok(f.admin.post(
                "/api/v1/market/ticket-categories",
                "{\"parent_id\":\"tc-ops\",\"name\":\"GPU "
                    + f.suffix
                    + "\",\"sla_hours\":{\"NORMAL\":2,\"URGENT\":1}}"))
            .path("id")
            .asString();
  }

  private JsonNode detail(Http as, String id) throws Exception {
    return ok(as.get("/api/v1/market/tickets/" + id));
  }

  private static List<String> actions(JsonNode detail) {
    List<String> out = new ArrayList<>();
    detail.path("history").forEach(e -> out.add(e.path("action").asString()));
    return out;
  }

  @Test
  @DisplayName(
      "NET-8.2 CMP-config a work order goes OPEN → ASSIGNED → IN_PROGRESS → RESOLVED → reopened →"
          + " RESOLVED → CLOSED; its due time is the category's SLA hours; the requester never"
          + " sees internal notes; every change is in the history and in the inbox of exactly the"
          + " people concerned and in the audit log")
  void lifecycle() throws Exception {
    String id = ticket(f.a, "Lost my GPU " + f.suffix, category, "NORMAL");
    JsonNode t = detail(f.a, id).path("ticket");
    assertThat(t.path("state").asString()).isEqualTo("OPEN");
    Instant created = Instant.parse(t.path("created_at").asString());
    assertThat(Instant.parse(t.path("due_at").asString())).isEqualTo(created.plusSeconds(7200));
    assertThat(messages(f.op, id)).containsExactly("ticket.msg.created");
    assertThat(messages(f.a, id)).isEmpty(); // the requester raised it themselves

    ok(
        f.admin.post(
            "/api/v1/market/tickets/" + id + "/assign",
            "{\"assignee_id\":\"" + f.operator + "\"}"));
    assertThat(detail(f.a, id).path("ticket").path("state").asString()).isEqualTo("ASSIGNED");
    assertThat(messages(f.a, id)).containsExactly("ticket.msg.assigned");
    assertThat(messages(f.op, id)).contains("ticket.msg.assigned");
    assertThat(messages(f.a2, id)).isEmpty();
    assertThat(messages(f.b, id)).isEmpty();

    ok(f.op.post("/api/v1/market/tickets/" + id + "/start", "{}"));
    ok(f.op.post("/api/v1/market/tickets/" + id + "/comments", "{\"body\":\"looking into it\"}"));
    ok(
        f.op.post(
            "/api/v1/market/tickets/" + id + "/comments",
            "{\"body\":\"secret: node 7 is broken\",\"internal\":true}"));
    ok(f.op.post("/api/v1/market/tickets/" + id + "/resolve", "{\"note\":\"restarted the node\"}"));

    JsonNode mine = detail(f.a, id);
    assertThat(mine.path("ticket").path("state").asString()).isEqualTo("RESOLVED");
    assertThat(mine.path("can_handle").asBoolean()).isFalse();
    assertThat(mine.toString())
        .contains("looking into it", "restarted the node")
        .doesNotContain("secret: node 7");
    assertThat(detail(f.op, id).toString()).contains("secret: node 7");
    assertThat(messages(f.a, id))
        .containsExactly(
            "ticket.msg.resolved",
            "ticket.msg.commented",
            "ticket.msg.started",
            "ticket.msg.assigned");

    ok(f.a.post("/api/v1/market/tickets/" + id + "/reopen", "{\"note\":\"still broken\"}"));
    JsonNode reopened = detail(f.a, id).path("ticket");
    assertThat(reopened.path("state").asString()).isEqualTo("ASSIGNED");
    assertThat(messages(f.op, id)).first().isEqualTo("ticket.msg.reopened");
    ok(f.op.post("/api/v1/market/tickets/" + id + "/resolve", "{}"));
    ok(f.a.post("/api/v1/market/tickets/" + id + "/close", "{}"));
    JsonNode closed = detail(f.op, id);
    assertThat(closed.path("ticket").path("state").asString()).isEqualTo("CLOSED");
    assertThat(actions(closed))
        .containsExactly(
            "CREATE", "ASSIGN", "START", "COMMENT", "COMMENT", "RESOLVE", "REOPEN", "RESOLVE",
            "CLOSE");
    assertThat(actions(detail(f.a, id)))
        .as("the requester's history leaves out the internal note")
        .containsExactly(
            "CREATE", "ASSIGN", "START", "COMMENT", "RESOLVE", "REOPEN", "RESOLVE", "CLOSE");
    String audit =
        ok(f.admin.get("/api/v1/audit/operations?size=100&actor=" + f.name("s-operator")))
            .toString();
    assertThat(audit)
        .as("the operator's changes are in the audit log")
        .contains("POST /api/v1/market/tickets/" + id + "/start")
        .contains("POST /api/v1/market/tickets/" + id + "/resolve");
  }

  @Test
  @DisplayName(
      "NET-8.2 an action the state does not allow answers 409 naming the state, and changes"
          + " nothing")
  void illegalTransitions() throws Exception {
    String id = ticket(f.a, "Illegal " + f.suffix, category, "LOW");
    Http.Answer resolve = f.op.post("/api/v1/market/tickets/" + id + "/resolve", "{}");
    assertThat(resolve.status()).isEqualTo(409);
    assertThat(resolve.body().path("errorMsg").asString()).contains("state").contains("OPEN");
    Http.Answer reopen = f.a.post("/api/v1/market/tickets/" + id + "/reopen", "{}");
    assertThat(reopen.status()).isEqualTo(409);
    ok(f.a.post("/api/v1/market/tickets/" + id + "/close", "{}"));
    Http.Answer again = f.a.post("/api/v1/market/tickets/" + id + "/close", "{}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body().path("errorMsg").asString()).contains("CLOSED");
    Http.Answer comment =
        f.a.post("/api/v1/market/tickets/" + id + "/comments", "{\"body\":\"hello?\"}");
    assertThat(comment.status()).isEqualTo(409);
    Http.Answer start = f.op.post("/api/v1/market/tickets/" + id + "/start", "{}");
    assertThat(start.status()).isEqualTo(409);
    assertThat(detail(f.op, id).path("ticket").path("state").asString()).isEqualTo("CLOSED");
    Http.Answer internal =
        f.a.post(
            "/api/v1/market/tickets/" + id + "/comments", "{\"body\":\"x\",\"internal\":true}");
    assertThat(internal.status()).as("internal notes are for handlers").isEqualTo(403);
  }

  @Test
  @DisplayName(
      "NET-8.2 CMP-config the overdue sweep (run at chosen instants, no waiting) flags an active"
          + " ticket past its SLA due time once, tells its assignee, and the overdue filter finds"
          + " it; resolved tickets are never overdue")
  void overdueSweep() throws Exception {
    String id = ticket(f.a, "Urgent " + f.suffix, category, "URGENT");
    String done = ticket(f.a, "Done " + f.suffix, category, "URGENT");
    ok(
        f.admin.post(
            "/api/v1/market/tickets/" + id + "/assign",
            "{\"assignee_id\":\"" + f.operator + "\"}"));
    ok(f.op.post("/api/v1/market/tickets/" + done + "/claim", "{}"));
    ok(f.op.post("/api/v1/market/tickets/" + done + "/resolve", "{}"));
    Instant due = Instant.parse(detail(f.a, id).path("ticket").path("due_at").asString());
    assertThat(due)
        .isEqualTo(
            Instant.parse(detail(f.a, id).path("ticket").path("created_at").asString())
                .plus(Duration.ofHours(1)));

    List<Ticket> early = sweep.sweep(due.minusSeconds(60));
    assertThat(early).extracting(Ticket::id).doesNotContain(id);
    assertThat(detail(f.a, id).path("ticket").path("overdue").asBoolean()).isFalse();

    List<Ticket> late = sweep.sweep(due.plusSeconds(60));
    assertThat(late).extracting(Ticket::id).contains(id).doesNotContain(done);
    assertThat(sweep.sweep(due.plusSeconds(120))).extracting(Ticket::id).doesNotContain(id);
    assertThat(detail(f.a, id).path("ticket").path("overdue").asBoolean()).isTrue();
    assertThat(messages(f.op, id)).first().isEqualTo("ticket.msg.overdue");
    assertThat(messages(f.a, id)).doesNotContain("ticket.msg.overdue");
    assertThat(actions(detail(f.op, id))).endsWith("OVERDUE");
    JsonNode overdue = ok(f.op.get("/api/v1/market/tickets?overdue=true&size=200"));
    assertThat(overdue.toString()).contains(id).doesNotContain(done);
  }

  @Test
  @DisplayName(
      "CMP-aipool a resource work order is approved on the market's approval (subject type ticket):"
          + " the operator finds its task in the approval to-do and approving it there resolves the"
          + " ticket; the requester may not decide it (403), rejecting needs a reason (400 note); closing a pending one withdraws its"
          + " approval")
  void resourceWorkOrdersOnMarketApproval() throws Exception {
    String body =
        "{\"type\":\"RESOURCE\",\"title\":\"4 GPUs\",\"category_id\":\"tc-ops\","
            + "\"description\":\"eval\",\"resource\":{\"gpu\":4,\"from\":\""
            + Instant.now()
            + "\",\"until\":\""
            + Instant.now().plus(Duration.ofDays(2))
            + "\"}}";
    String id = ok(f.a.post("/api/v1/market/tickets", body)).path("id").asString();
    Http.Answer notMine = f.a.post("/api/v1/market/tickets/" + id + "/approve", "{}");
    assertThat(notMine.status()).as(notMine.text()).isEqualTo(403);
    String task = null;
    for (JsonNode t : ok(f.op.get("/api/v1/market/approvals/tasks?size=100"))) {
      if (id.equals(t.path("subject_id").asString())) {
        assertThat(t.path("subject_type").asString()).isEqualTo("ticket");
        task = t.path("task_id").asString();
      }
    }
    assertThat(task).as("the operator's approval task of the work order").isNotNull();
    ok(f.op.post("/api/v1/market/approvals/tasks/" + task + "/approve", "{\"comment\":\"ok\"}"));
    JsonNode approved = detail(f.a, id).path("ticket");
    assertThat(approved.path("state").asString()).isEqualTo("RESOLVED");
    assertThat(approved.path("approval").asString()).isEqualTo("APPROVED");
    assertThat(messages(f.a, id)).first().isEqualTo("ticket.msg.approved");

    String pending = ok(f.a.post("/api/v1/market/tickets", body)).path("id").asString();
    Http.Answer noReason = f.op.post("/api/v1/market/tickets/" + pending + "/reject", "{}");
    assertThat(noReason.status()).as(noReason.text()).isEqualTo(400);
    assertThat(noReason.body().path("errorMsg").asString()).startsWith("note");
    ok(f.a.post("/api/v1/market/tickets/" + pending + "/close", "{}"));
    assertThat(f.op.post("/api/v1/market/tickets/" + pending + "/approve", "{}").status())
        .isEqualTo(409);
    for (JsonNode t : ok(f.op.get("/api/v1/market/approvals/tasks?size=100"))) {
      assertThat(t.path("subject_id").asString()).isNotEqualTo(pending);
    }
  }

  @Test
  @DisplayName(
      "CMP-aipool a resource work order waits for an operator's approval: resolving first is"
          + " 409, approving resolves it and tells the requester, revoking disables it, reopening"
          + " asks for approval again; a rejected one ends REJECTED and cannot be reopened")
  void resourceWorkOrders() throws Exception {
    String window =
        "\"from\":\""
            + Instant.now()
            + "\",\"until\":\""
            + Instant.now().plus(Duration.ofDays(7))
            + "\"";
    String body =
        "{\"type\":\"RESOURCE\",\"title\":\"8 GPUs for a week\",\"category_id\":\"tc-ops\","
            + "\"description\":\"training run\",\"resource\":{\"gpu\":8,\"cpu\":64,"
            + "\"memory_mb\":512000,\"gpu_model\":\"A100\","
            + window
            + "}}";
    String id = ok(f.a.post("/api/v1/market/tickets", body)).path("id").asString();
    JsonNode t = detail(f.a, id).path("ticket");
    assertThat(t.path("approval").asString()).isEqualTo("PENDING");
    assertThat(t.path("resource").path("gpu").asInt()).isEqualTo(8);
    ok(f.op.post("/api/v1/market/tickets/" + id + "/claim", "{}"));
    Http.Answer early = f.op.post("/api/v1/market/tickets/" + id + "/resolve", "{}");
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.body().path("errorMsg").asString()).startsWith("approval");
    ok(f.op.post("/api/v1/market/tickets/" + id + "/approve", "{\"note\":\"granted\"}"));
    JsonNode approved = detail(f.a, id).path("ticket");
    assertThat(approved.path("state").asString()).isEqualTo("RESOLVED");
    assertThat(approved.path("approval").asString()).isEqualTo("APPROVED");
    assertThat(messages(f.a, id)).first().isEqualTo("ticket.msg.approved");
    assertThat(f.op.post("/api/v1/market/tickets/" + id + "/approve", "{}").status())
        .isEqualTo(409);
    ok(f.op.post("/api/v1/market/tickets/" + id + "/revoke", "{\"note\":\"window ended early\"}"));
    JsonNode revoked = detail(f.a, id).path("ticket");
    assertThat(revoked.path("state").asString()).isEqualTo("CLOSED");
    assertThat(revoked.path("approval").asString()).isEqualTo("REVOKED");
    assertThat(messages(f.a, id)).first().isEqualTo("ticket.msg.revoked");
    assertThat(f.op.post("/api/v1/market/tickets/" + id + "/revoke", "{}").status()).isEqualTo(409);
    ok(f.a.post("/api/v1/market/tickets/" + id + "/reopen", "{}"));
    assertThat(detail(f.a, id).path("ticket").path("approval").asString())
        .as("a reopened resource request waits for a new approval")
        .isEqualTo("PENDING");

    String other = ok(f.a.post("/api/v1/market/tickets", body)).path("id").asString();
    ok(f.op.post("/api/v1/market/tickets/" + other + "/reject", "{\"note\":\"no room\"}"));
    assertThat(detail(f.a, other).path("ticket").path("state").asString()).isEqualTo("REJECTED");
    assertThat(messages(f.a, other)).containsExactly("ticket.msg.rejected");
    assertThat(f.a.post("/api/v1/market/tickets/" + other + "/reopen", "{}").status())
        .isEqualTo(409);
    String support = ticket(f.a, "plain " + f.suffix, category, "LOW");
    assertThat(f.op.post("/api/v1/market/tickets/" + support + "/approve", "{}").status())
        .isEqualTo(409);
  }

  @Test
  @DisplayName(
      "NET-8.2 CMP-tenancy tenant isolation: another tenant's user and a colleague with scope SELF"
          + " get 404 and never list the ticket; the tenant's admin sees it, and"
          + " their reply reaches the requester and the handlers")
  void isolation() throws Exception {
    String id = ticket(f.a, "Private " + f.suffix, category, "NORMAL");
    assertThat(f.b.get("/api/v1/market/tickets/" + id).status()).isEqualTo(404);
    assertThat(f.b.post("/api/v1/market/tickets/" + id + "/comments", "{}").status())
        .isEqualTo(404);
    assertThat(f.b.post("/api/v1/market/tickets/" + id + "/close", "{}").status()).isEqualTo(404);
    assertThat(ok(f.b.get("/api/v1/market/tickets?size=200")).toString()).doesNotContain(id);
    assertThat(f.a2.get("/api/v1/market/tickets/" + id).status()).isEqualTo(404);
    assertThat(ok(f.a2.get("/api/v1/market/tickets?size=200")).toString()).doesNotContain(id);
    assertThat(ok(f.adminA.get("/api/v1/market/tickets?size=200")).toString()).contains(id);
    assertThat(ok(f.a.get("/api/v1/market/tickets?box=SUBMITTED")).toString()).contains(id);
    assertThat(f.b.post("/api/v1/market/tickets/" + id + "/assign", "{}").status()).isEqualTo(403);
    ok(f.adminA.post("/api/v1/market/tickets/" + id + "/comments", "{\"body\":\"seconded\"}"));
    assertThat(messages(f.a, id)).containsExactly("ticket.msg.commented");
    assertThat(messages(f.op, id)).first().isEqualTo("ticket.msg.commented");
    assertThat(messages(f.adminA, id)).isEmpty();
    assertThat(messages(f.b, id)).isEmpty();
  }

  @Test
  @DisplayName(
      "NET-8.2 CMP-config bad input answers 400 naming the field (title, category_id, priority,"
          + " resource, resource.until, q, body, assignee_id, sla_hours) and changes nothing")
  void badInput() throws Exception {
    String url = "/api/v1/market/tickets";
    field(f.a.post(url, "{\"category_id\":\"tc-ops\",\"description\":\"d\"}"), "title");
    field(
        f.a.post(url, "{\"title\":\"t\",\"category_id\":\"nope\",\"description\":\"d\"}"),
        "category_id");
    field(
        f.a.post(
            url,
            "{\"title\":\"t\",\"category_id\":\"tc-ops\",\"description\":\"d\",\"priority\":\"ASAP\"}"),
        "priority");
    field(
        f.a.post(
            url,
            "{\"title\":\"t\",\"category_id\":\"tc-ops\",\"description\":\"d\",\"type\":\"RESOURCE\"}"),
        "resource");
    field(
        f.a.post(
            url,
            "{\"title\":\"t\",\"category_id\":\"tc-ops\",\"description\":\"d\",\"type\":\"RESOURCE\","
                + "\"resource\":{\"gpu\":1,\"from\":\"2030-01-02T00:00:00Z\",\"until\":\"2030-01-01T00:00:00Z\"}}"),
        "resource.until");
    field(
        f.a.post(
            url,
            "{\"title\":\""
                + "x".repeat(201)
                + "\",\"category_id\":\"tc-ops\",\"description\":\"d\"}"),
        "title");
    field(f.a.get(url + "?q=%00"), "q");
    field(f.a.get(url + "?state=LOST"), "state");
    String id = ticket(f.a, "Bad " + f.suffix, category, "NORMAL");
    field(f.a.post(url + "/" + id + "/comments", "{\"body\":\"\"}"), "body");
    field(f.op.post(url + "/" + id + "/assign", "{}"), "assignee_id");
    field(
        f.op.post(url + "/" + id + "/assign", "{\"assignee_id\":\"" + f.userA + "\"}"),
        "assignee_id");
    field(
        f.admin.post(
            "/api/v1/market/ticket-categories", "{\"name\":\"x\",\"sla_hours\":{\"SOON\":1}}"),
        "sla_hours.SOON");
    field(
        f.admin.post("/api/v1/market/ticket-categories", "{\"name\":\"x\",\"parent_id\":\"nope\"}"),
        "parent_id");
    assertThat(detail(f.a, id).path("ticket").path("state").asString()).isEqualTo("OPEN");
    assertThat(f.admin.delete("/api/v1/market/ticket-categories/tc-ops").status()).isEqualTo(409);
    assertThat(f.admin.delete("/api/v1/market/ticket-categories/" + category).status())
        .as("it has tickets")
        .isEqualTo(409);
  }

  private static void field(Http.Answer a, String field) {
    assertThat(a.status()).as(a.text()).isEqualTo(400);
    assertThat(a.body().path("errorMsg").asString()).as(a.text()).startsWith(field);
  }
}
