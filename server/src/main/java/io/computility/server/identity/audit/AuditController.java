package io.computility.server.identity.audit;

import io.computility.server.identity.AuthUser;
import io.computility.server.identity.CurrentUser;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Csv;
import io.computility.server.shared.web.Envelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The login and operation logs: query, CSV export, and chain verification. Tenant-side callers see
 * their tenant's rows only.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit")
public class AuditController {
  static final int MAX_PAGE = 1000;
  private final AuditChain chain;
  private final AuditVerifier verifier;
  private final AuditDrain drain;

  public AuditController(AuditChain chain, AuditVerifier verifier, AuditDrain drain) {
    this.chain = chain;
    this.verifier = verifier;
    this.drain = drain;
  }

  @GetMapping("/operations")
  @Operation(
      summary =
          "Operation log, newest first; actorKind HUMAN, AGENT or MACHINE; machine heartbeats"
              + " only with heartbeats=true (docs/security.md); the total in X-Total-Count")
  public Envelope<List<AuditEntry>> operations(
      @ParameterObject AuditParams params, HttpServletResponse response) {
    return Envelope.ok(query("OPERATION", params, params.operationsFilter(), response));
  }

  @GetMapping("/logins")
  @Operation(summary = "Login log, newest first")
  public Envelope<List<AuditEntry>> logins(
      @ParameterObject AuditParams params, HttpServletResponse response) {
    return Envelope.ok(query("LOGIN", params, params.filter(), response));
  }

  @GetMapping("/export")
  @Operation(summary = "Both logs as CSV, oldest first")
  public ResponseEntity<String> export(@RequestParam(required = false) String kind) {
    String k = kind == null ? null : kind.toUpperCase(java.util.Locale.ROOT);
    if (k != null && !k.equals("LOGIN") && !k.equals("OPERATION")) {
      throw Check.bad("kind", "must be LOGIN or OPERATION");
    }
    drain.drainNow(); // what the outbox holds belongs in the answer
    List<AuditEntry> rows = chain.query(tenant(), k, (String) null, 0, Integer.MAX_VALUE);
    StringBuilder csv = new StringBuilder(Csv.line(Csv.LF, AuditEntry.EXPORT_HEADER));
    for (int i = rows.size() - 1; i >= 0; i--) {
      csv.append(Csv.line(Csv.LF, rows.get(i).exportCells()));
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=audit.csv")
        .body(csv.toString());
  }

  @PostMapping("/verify")
  @Operation(
      summary =
          "Recompute the hash chain against the signed anchors; reports the first edited, removed"
              + " or inserted row, or the deleted tail")
  public Envelope<Verification> verify() {
    return Envelope.ok(verifier.verify());
  }

  /** The total of a filtered listing, for paging. */
  static final String TOTAL = "X-Total-Count";

  private List<AuditEntry> query(
      String kind, AuditParams params, AuditChain.Filter filter, HttpServletResponse response) {
    int page = Check.page(params.pageOrFirst());
    int size = Check.pageSize(params.sizeOrDefault(), MAX_PAGE);
    drain.drainNow();
    List<AuditEntry> rows = chain.query(tenant(), kind, filter, page * size, size);
    response.setHeader(TOTAL, Long.toString(chain.count(tenant(), kind, filter)));
    return rows;
  }

  private static String tenant() {
    AuthUser me = CurrentUser.get();
    return me.seesAllTenants() ? null : me.tenantId();
  }
}
