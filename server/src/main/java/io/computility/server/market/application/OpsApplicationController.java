package io.computility.server.market.application;

import io.computility.server.identity.AuthUser;
import io.computility.server.identity.CurrentUser;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.ErrorCodes;
import io.computility.server.shared.web.InvalidInputException;
import io.computility.server.shared.web.PageData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The operators' application list (申请单列表): every application (of every tenant for a platform
 * operator), filtered by organisation, applicant, business system, number and state; export to
 * Excel or CSV; import of history from the template.
 */
@RestController
@RequestMapping("/api/v1/market/ops/applications")
@Tag(name = "Market applications")
public class OpsApplicationController {
  static final int MAX_EXPORT = 10_000;
  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private final ApplicationStore store;
  private final ApplicationController mine;
  private final ApplicationAccess access;
  private final ApplicationImport importer;

  OpsApplicationController(
      ApplicationStore store,
      ApplicationController mine,
      ApplicationAccess access,
      ApplicationImport importer) {
    this.store = store;
    this.mine = mine;
    this.access = access;
    this.importer = importer;
  }

  @GetMapping
  @Operation(summary = "Every application the caller's scope reaches, filtered, newest first")
  public Envelope<PageData<ApplicationRow>> list(
      @RequestParam(name = "org_id", required = false) String orgId,
      @RequestParam(name = "applicant_id", required = false) String applicantId,
      @RequestParam(name = "business_system_id", required = false) String businessSystemId,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String number,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    ApplicationFilter f = filter(orgId, applicantId, businessSystemId, state, number);
    return Envelope.ok(ApplicationController.page(store, f, page, size));
  }

  @GetMapping("/{applicationId}")
  @Operation(summary = "One application with items, attachments and approval history")
  public Envelope<ApplicationDetail> get(@PathVariable String applicationId) {
    return Envelope.ok(mine.detail(access.visible(CurrentUser.get(), applicationId)));
  }

  @GetMapping("/export")
  @Operation(summary = "Export the filtered applications: format xlsx (default) or csv")
  public ResponseEntity<byte[]> export(
      @RequestParam(required = false) String format,
      @RequestParam(name = "org_id", required = false) String orgId,
      @RequestParam(name = "applicant_id", required = false) String applicantId,
      @RequestParam(name = "business_system_id", required = false) String businessSystemId,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String number) {
    String fmt = format == null || format.isBlank() ? "xlsx" : format.strip().toLowerCase();
    if (!fmt.equals("xlsx") && !fmt.equals("csv")) {
      throw InvalidInputException.notOneOf("format", List.of("xlsx", "csv"), format);
    }
    ApplicationFilter f = filter(orgId, applicantId, businessSystemId, state, number);
    List<List<Object>> rows = new ArrayList<>();
    for (ApplicationRow a : store.list(f, 0, MAX_EXPORT)) {
      String items =
          store.items(a.id()).stream()
              .map(i -> i.productName() + " x" + i.quantity() + " " + i.action())
              .collect(Collectors.joining("; "));
      rows.add(ApplicationSheet.cells(a, items));
    }
    boolean csv = fmt.equals("csv");
    byte[] body =
        csv
            ? ApplicationSheet.csv(rows).getBytes(StandardCharsets.UTF_8)
            : ApplicationSheet.xlsx(ApplicationSheet.EXPORT_HEADER, rows);
    return file(
        "applications." + fmt,
        csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX,
        body);
  }

  @GetMapping("/import-template")
  @Operation(summary = "The Excel template of the history import")
  public ResponseEntity<byte[]> template() {
    return file("applications-import-template.xlsx", XLSX, ApplicationSheet.template());
  }

  @PostMapping("/import")
  @Operation(
      summary =
          "Import history applications from the template (multipart field file): all rows or none;"
              + " 400 with every row's errors")
  public ResponseEntity<Envelope<ImportResult>> importHistory(
      @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
    if (file == null || file.isEmpty()) throw Check.bad("file", "is required and not empty");
    ImportResult r = importer.run(file.getInputStream());
    if (r.errors().isEmpty()) return ResponseEntity.ok(Envelope.ok(r));
    ImportResult.RowError first = r.errors().get(0);
    String msg =
        ErrorCodes.fieldMessage(
            "rows[" + first.row() + "]." + first.field(),
            r.errors().size() + " error(s); " + first.message());
    return ResponseEntity.badRequest()
        .body(new Envelope<>(400, ErrorCodes.INVALID_ARGUMENT, cut(msg), r));
  }

  private static String cut(String s) {
    return s.length() > Envelope.MAX_ERROR_MSG ? s.substring(0, Envelope.MAX_ERROR_MSG) : s;
  }

  private ApplicationFilter filter(
      String orgId, String applicantId, String businessSystemId, String state, String number) {
    AuthUser me = CurrentUser.get();
    return new ApplicationFilter(
        me.seesAllTenants() ? null : me.tenantId(),
        Check.belowBytes(applicantId, "applicant_id", Check.ID_BYTES),
        Check.belowBytes(orgId, "org_id", Check.ID_BYTES),
        Check.belowBytes(businessSystemId, "business_system_id", Check.ID_BYTES),
        ApplicationController.states(null, state),
        Check.maxChars(number, "number", 32));
  }

  private static ResponseEntity<byte[]> file(String name, MediaType type, byte[] body) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .contentType(type)
        .body(body);
  }
}
