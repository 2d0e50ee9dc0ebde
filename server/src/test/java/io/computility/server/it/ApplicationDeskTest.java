package io.computility.server.it;

import static io.computility.server.it.MarketWorld.approve;
import static io.computility.server.it.MarketWorld.tasks;
import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The applicant's and the operators' desks: cart adjustments and bad input, concurrent submits and
 * approvals, attachments, a BPMN upload taking effect at once, export and history import.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("CMP-service CMP-ops applications: cart, concurrency, attachments, export and import")
class ApplicationDeskTest extends FederationTestBase {
  @Autowired JdbcTemplate jdbc;
  MarketWorld w;

  @BeforeAll
  void world() throws Exception {
    w = new MarketWorld(port).build(jdbc);
  }

  @Test
  @DisplayName(
      "CMP-service the cart: add, adjust quantity, amounts and duration, remove; bad input is 400 naming the field and changes nothing")
  void cart() throws Exception {
    String item = w.cartItem(1);
    String path = "/api/v1/market/cart/items/" + item;
    Http.Answer ok =
        w.applicant.put(
            path, "{\"quantity\":3,\"duration\":\"P1D\",\"components\":{\"cpu\":4,\"gpu\":1}}");
    assertThat(ok.status()).as(ok.text()).isEqualTo(200);
    assertThat(ok.data().path("quantity").asInt()).isEqualTo(3);
    assertThat(ok.data().path("components").path("cpu").asInt()).isEqualTo(4);
    for (String[] bad :
        new String[][] {
          {"{\"quantity\":0}", "quantity"},
          {"{\"quantity\":100000}", "quantity"},
          {"{\"duration\":\"P9Y\"}", "duration"},
          {"{\"components\":{\"cpu\":-1}}", "components.cpu"},
          {"{\"components\":{\"vgpu_percent\":101}}", "components.vgpu_percent"}
        }) {
      Http.Answer a = w.applicant.put(path, bad[0]);
      assertThat(a.status()).as(bad[0] + " " + a.text()).isEqualTo(400);
      assertThat(a.text()).contains(bad[1]);
    }
    Http.Answer unknown =
        w.applicant.post(
            "/api/v1/market/cart/items",
            "{\"product_id\":\"nope\",\"quantity\":1,\"duration\":\"P1M\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.text()).contains("product_id");
    var list = w.applicant.get("/api/v1/market/cart/items").data();
    assertThat(list.findValuesAsString("id")).contains(item);
    assertThat(w.applicant.get("/api/v1/market/cart/items").text()).contains("\"quantity\":3");
    assertThat(w.applicant.delete(path).status()).isEqualTo(200);
    assertThat(w.applicant.delete(path).status()).isEqualTo(404);
    // another user does not see or change it
    assertThat(w.tenantAdmin.get("/api/v1/market/cart/items").text()).doesNotContain(item);
  }

  @Test
  @DisplayName(
      "CMP-service NET-8.2 two concurrent submits of one draft start exactly one approval; two concurrent approvals of one task complete it once")
  void concurrentSubmitAndApprove() throws Exception {
    w.flow("[{\"name\":\"Admins\",\"kind\":\"PLATFORM_OPERATOR\",\"mode\":\"OR_SIGN\"}]");
    String id = w.draft("race");
    List<Integer> submits =
        race(
            () -> w.applicant.post("/api/v1/market/applications/" + id + "/submit", "{}").status());
    assertThat(submits).containsExactlyInAnyOrder(200, 409);
    Integer running =
        jdbc.queryForObject(
            "select count(*) from approval where subject_id = ?", Integer.class, id);
    assertThat(running).isEqualTo(1);
    String task = tasks(w.operator1, id).get(0);
    List<Integer> approvals =
        race(
            () -> approve(w.operator1, task, "").status(),
            () -> approve(w.operator2, task, "").status());
    assertThat(approvals).containsExactlyInAnyOrder(200, 409);
    assertThat(w.state(id)).isEqualTo("APPROVED");
    Integer decided =
        jdbc.queryForObject(
            "select count(*) from approval_action where task_id = ?", Integer.class, task);
    assertThat(decided).isEqualTo(1);
  }

  @SafeVarargs
  static List<Integer> race(Callable<Integer>... calls) throws Exception {
    Callable<Integer>[] all = calls.length == 1 ? new Callable[] {calls[0], calls[0]} : calls;
    ExecutorService pool = Executors.newFixedThreadPool(all.length);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Integer>> f = new ArrayList<>();
      for (Callable<Integer> c : all) {
        f.add(
            pool.submit(
                () -> {
                  go.await();
                  return c.call();
                }));
      }
      go.countDown();
      List<Integer> out = new ArrayList<>();
      for (Future<Integer> x : f) out.add(x.get());
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @DisplayName(
      "CMP-service attachments: stored in PostgreSQL with their SHA-256, downloaded and previewed; a wrong type is 415 and a too large file 413, both naming file")
  void attachments() throws Exception {
    String id = w.draft("with files");
    String base = "/api/v1/market/applications/" + id + "/attachments";
    byte[] text = "the quotation\n".getBytes(StandardCharsets.UTF_8);
    Http.Answer up = MarketWorld.upload(port, w.applicantToken, base, "quote.txt", text);
    assertThat(up.status()).as(up.text()).isEqualTo(201);
    String att = up.data().path("id").asString();
    var row =
        jdbc.queryForMap(
            "select size, sha256, content from application_attachment where id = ?", att);
    assertThat(row.get("size")).isEqualTo((long) text.length);
    assertThat((byte[]) row.get("content")).isEqualTo(text);
    var down = MarketWorld.bytes(port, w.applicantToken, base + "/" + att + "?inline=true");
    assertThat(down.statusCode()).isEqualTo(200);
    assertThat(down.body()).isEqualTo(text);
    assertThat(down.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
    var file = MarketWorld.bytes(port, w.applicantToken, base + "/" + att);
    assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment");
    Http.Answer exe = MarketWorld.upload(port, w.applicantToken, base, "run.exe", text);
    assertThat(exe.status()).as(exe.text()).isEqualTo(415);
    assertThat(exe.text()).contains("file");
    Http.Answer big =
        MarketWorld.upload(port, w.applicantToken, base, "big.pdf", new byte[10 * 1024 * 1024 + 1]);
    assertThat(big.status()).as(big.text()).isEqualTo(413);
    assertThat(big.text()).contains("file");
    // another user of the tenant (data scope SELF) neither lists nor downloads it; an operator does
    w.user(w.tenantAdmin, "mkt-other", w.rootOrg, "tenant-user");
    Http other =
        new Http(
            port,
            io.computility.server.testsupport.TestAuth.login(
                port, w.name("mkt-other"), MarketWorld.PASSWORD));
    assertThat(other.get(base).status()).isEqualTo(404);
    assertThat(MarketWorld.bytes(port, w.operatorToken, base + "/" + att).statusCode())
        .isEqualTo(200);
    assertThat(w.application(id).path("attachments")).hasSize(1);
    assertThat(w.applicant.delete(base + "/" + att).status()).isEqualTo(200);
    assertThat(w.application(id).path("attachments")).isEmpty();
  }

  @Test
  @DisplayName(
      "CMP-config an uploaded BPMN takes effect without a restart: new applications use it, a running one keeps its flow")
  void bpmnUpload() throws Exception {
    w.twoStepFlow();
    String before = w.submitted("before upload");
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><definitions"
            + " xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
            + " xmlns:flowable=\"http://flowable.org/bpmn\" targetNamespace=\"t\"><process"
            + " id=\"uploaded\" isExecutable=\"true\"><startEvent id=\"s\"/><sequenceFlow id=\"f1\""
            + " sourceRef=\"s\" targetRef=\"t1\"/><userTask id=\"t1\" name=\"Uploaded check\""
            + " flowable:candidateUsers=\"${platformOperators}\"/><sequenceFlow id=\"f2\""
            + " sourceRef=\"t1\" targetRef=\"e\"/><endEvent id=\"e\"/></process></definitions>";
    Http.Answer saved =
        w.admin.post(
            "/api/v1/market/approval-flows",
            Http.JSON.writeValueAsString(
                java.util.Map.of(
                    "tenant_id",
                    w.tenant,
                    "business_type",
                    "APPLICATION",
                    "name",
                    "uploaded",
                    "bpmn",
                    xml)));
    assertThat(saved.status()).as(saved.text()).isEqualTo(201);
    assertThat(saved.data().path("uploaded").asBoolean()).isTrue();
    String after = w.submitted("after upload");
    var todo = w.operator1.get("/api/v1/market/approvals/tasks").data();
    List<String> names = new ArrayList<>();
    todo.forEach(
        t -> {
          if (t.path("subject_id").asString().equals(after))
            names.add(t.path("step_name").asString());
        });
    assertThat(names).containsExactly("Uploaded check");
    assertThat(tasks(w.tenantAdmin, before)).hasSize(1); // still the two-step flow's step 1
    Http.Answer broken =
        w.admin.post(
            "/api/v1/market/approval-flows",
            "{\"business_type\":\"APPLICATION\",\"name\":\"x\",\"bpmn\":\"<definitions>\"}");
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.text()).contains("bpmn");
    Http.Answer badKind =
        w.admin.post(
            "/api/v1/market/approval-flows",
            "{\"business_type\":\"APPLICATION\",\"name\":\"x\",\"steps\":[{\"name\":\"a\","
                + "\"kind\":\"BOSS\",\"mode\":\"OR_SIGN\"}]}");
    assertThat(badKind.status()).isEqualTo(400);
    assertThat(badKind.text()).contains("steps[0].kind");
    // an upload may hold approvals only: no service task, no expression beyond a variable
    for (String evil :
        List.of(
            xml.replace(
                "<userTask id=\"t1\" name=\"Uploaded check\"",
                "<serviceTask id=\"x\" flowable:expression=\"${applicant}\"/><userTask id=\"t1\""
                    + " name=\"Uploaded check\""),
            xml.replace("${platformOperators}", "${applicant.getClass()}"))) {
      Http.Answer refused =
          w.admin.post(
              "/api/v1/market/approval-flows",
              Http.JSON.writeValueAsString(
                  java.util.Map.of(
                      "tenant_id",
                      w.tenant,
                      "business_type",
                      "APPLICATION",
                      "name",
                      "evil",
                      "bpmn",
                      evil)));
      assertThat(refused.status()).as(refused.text()).isEqualTo(400);
      assertThat(refused.text()).contains("bpmn");
    }
  }

  @Test
  @DisplayName(
      "CMP-ops export to CSV and Excel, then import history from the template: rows become DONE applications without approval; a bad row is 400 naming row and field")
  void exportImport() throws Exception {
    String id = w.draft("exported");
    String number = w.application(id).path("application").path("number").asString();
    assertThat(number).matches("SQ\\d{8}-\\d{4,}");
    var csv =
        MarketWorld.bytes(
            port, w.operatorToken, "/api/v1/market/ops/applications/export?format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(new String(csv.body(), StandardCharsets.UTF_8))
        .contains(number)
        .contains("exported");
    var xlsx = MarketWorld.bytes(port, w.operatorToken, "/api/v1/market/ops/applications/export");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      boolean found = false;
      for (Row r : wb.getSheetAt(0)) found |= number.equals(r.getCell(0).getStringCellValue());
      assertThat(found).isTrue();
    }
    var template =
        MarketWorld.bytes(port, w.operatorToken, "/api/v1/market/ops/applications/import-template");
    assertThat(template.statusCode()).isEqualTo(200);
    String hist = "H" + w.suffix;
    byte[] good =
        sheet(
            List.of(hist + "-1", "old one", w.name("mkt-user"), "", "DONE", w.product, "1", "P1M"),
            List.of(
                hist + "-2", "old two", w.name("mkt-user"), "", "APPROVED", w.product, "2", "P1D"));
    Http.Answer imported =
        MarketWorld.upload(
            port, w.operatorToken, "/api/v1/market/ops/applications/import", "h.xlsx", good);
    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    assertThat(imported.data().path("imported").asInt()).isEqualTo(2);
    var listed = w.operator1.get("/api/v1/market/ops/applications?number=" + hist).data();
    assertThat(listed.path("total").asInt()).isEqualTo(2);
    listed.path("items").forEach(a -> assertThat(a.path("imported").asBoolean()).isTrue());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from approval a join application p on p.id = a.subject_id"
                    + " where p.number like ?",
                Integer.class,
                hist + "%"))
        .isZero();
    byte[] bad =
        sheet(List.of(hist + "-3", "bad", w.name("mkt-user"), "", "DONE", w.product, "0", "P1M"));
    Http.Answer refused =
        MarketWorld.upload(
            port, w.operatorToken, "/api/v1/market/ops/applications/import", "b.xlsx", bad);
    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.text()).contains("rows[2].quantity");
    assertThat(refused.data().path("errors").get(0).path("row").asInt()).isEqualTo(2);
  }

  @SafeVarargs
  static byte[] sheet(List<String>... rows) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet s = wb.createSheet("applications");
      Row h = s.createRow(0);
      List<String> header =
          List.of(
              "number",
              "title",
              "applicant",
              "business_system_id",
              "state",
              "product_id",
              "quantity",
              "duration",
              "reason",
              "created_at");
      for (int i = 0; i < header.size(); i++) h.createCell(i).setCellValue(header.get(i));
      for (int r = 0; r < rows.length; r++) {
        Row x = s.createRow(r + 1);
        for (int c = 0; c < rows[r].size(); c++) x.createCell(c).setCellValue(rows[r].get(c));
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  @Test
  @DisplayName(
      "CMP-service my applications: tabs, number search, drafts edited and deleted (single and batch), only drafts deletable")
  void lists() throws Exception {
    w.twoStepFlow();
    String d1 = w.draft("draft one");
    String d2 = w.draft("draft two");
    String sub = w.submitted("in approval");
    String n1 = w.application(d1).path("application").path("number").asString();
    var progress = w.applicant.get("/api/v1/market/applications?tab=in_progress&size=200").data();
    assertThat(progress.path("items").findValuesAsString("id")).contains(sub).doesNotContain(d1);
    var search = w.applicant.get("/api/v1/market/applications?number=" + n1).data();
    assertThat(search.path("items").findValuesAsString("id")).containsExactly(d1);
    assertThat(w.applicant.get("/api/v1/market/applications?tab=later").status()).isEqualTo(400);
    Http.Answer edit =
        w.applicant.put("/api/v1/market/applications/" + d1, "{\"title\":\"draft 1b\"}");
    assertThat(edit.status()).as(edit.text()).isEqualTo(200);
    assertThat(edit.data().path("application").path("title").asString()).isEqualTo("draft 1b");
    Http.Answer notDraft =
        w.applicant.post(
            "/api/v1/market/applications/delete", "{\"ids\":[\"" + d2 + "\",\"" + sub + "\"]}");
    assertThat(notDraft.status()).as(notDraft.text()).isEqualTo(409);
    assertThat(notDraft.text()).contains("ids[1]");
    assertThat(w.state(d2)).isEqualTo("DRAFT"); // all or none
    Http.Answer batch =
        w.applicant.post(
            "/api/v1/market/applications/delete", "{\"ids\":[\"" + d1 + "\",\"" + d2 + "\"]}");
    assertThat(batch.status()).as(batch.text()).isEqualTo(200);
    assertThat(w.applicant.get("/api/v1/market/applications/" + d1).status()).isEqualTo(404);
    Http.Answer noTitle =
        w.applicant.post(
            "/api/v1/market/applications",
            "{\"items\":[{\"product_id\":\""
                + w.product
                + "\",\"quantity\":1,\"duration\":\"P1M\"}]}");
    assertThat(noTitle.status()).isEqualTo(400);
    assertThat(noTitle.text()).contains("title");
    Http.Answer noOrder =
        w.applicant.post(
            "/api/v1/market/applications",
            "{\"title\":\"t\",\"items\":[{\"product_id\":\""
                + w.product
                + "\",\"quantity\":1,\"duration\":\"P1M\",\"action\":\"RENEW\"}]}");
    assertThat(noOrder.status()).isEqualTo(400);
    assertThat(noOrder.text()).contains("items[0].order_id");
  }
}
