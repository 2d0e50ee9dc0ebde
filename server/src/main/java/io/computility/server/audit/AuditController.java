package io.computility.server.audit;

import io.computility.server.api.dto.Envelope;
import io.computility.server.api.validate.Check;
import io.computility.server.security.AuthUser;
import io.computility.server.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

  public AuditController(AuditChain chain) {
    this.chain = chain;
  }

  @GetMapping("/operations")
  @Operation(summary = "Operation log, newest first")
  public Envelope<List<AuditEntry>> operations(
      @RequestParam(required = false) String actor,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return Envelope.ok(query("OPERATION", actor, page, size));
  }

  @GetMapping("/logins")
  @Operation(summary = "Login log, newest first")
  public Envelope<List<AuditEntry>> logins(
      @RequestParam(required = false) String actor,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return Envelope.ok(query("LOGIN", actor, page, size));
  }

  @GetMapping("/export")
  @Operation(summary = "Both logs as CSV, oldest first")
  public ResponseEntity<String> export(@RequestParam(required = false) String kind) {
    String k = kind == null ? null : kind.toUpperCase(java.util.Locale.ROOT);
    if (k != null && !k.equals("LOGIN") && !k.equals("OPERATION")) {
      throw Check.bad("kind", "must be LOGIN or OPERATION");
    }
    List<AuditEntry> rows = chain.query(tenant(), k, null, 0, Integer.MAX_VALUE);
    StringBuilder csv =
        new StringBuilder("seq,kind,at,actor,tenant_id,action,target,source_ip,result,hash\n");
    for (int i = rows.size() - 1; i >= 0; i--) {
      AuditEntry e = rows.get(i);
      csv.append(
              String.join(
                  ",",
                  Long.toString(e.seq()),
                  e.kind(),
                  e.at().toString(),
                  cell(e.actor()),
                  cell(e.tenantId()),
                  cell(e.action()),
                  cell(e.target()),
                  cell(e.sourceIp()),
                  cell(e.result()),
                  e.hash()))
          .append('\n');
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=audit.csv")
        .body(csv.toString());
  }

  @PostMapping("/verify")
  @Operation(
      summary = "Recompute the hash chain; reports the first edited, removed or inserted row")
  public Envelope<AuditChain.Verification> verify() {
    return Envelope.ok(chain.verify());
  }

  private List<AuditEntry> query(String kind, String actor, int page, int size) {
    if (page < 0) throw Check.bad("page", "must be >= 0, was " + page);
    if (size < 1 || size > MAX_PAGE) throw Check.bad("size", "must be between 1 and " + MAX_PAGE);
    Check.belowBytes(actor, "actor", Check.ID_BYTES);
    return chain.query(tenant(), kind, actor, page * size, size);
  }

  private static String tenant() {
    AuthUser me = CurrentUser.get();
    return me.seesAllTenants() ? null : me.tenantId();
  }

  /** RFC 4180 quoting; a leading formula character is neutralised for spreadsheets. */
  static String cell(String s) {
    String v = s;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && v.length() > 1) v = "'" + v;
    if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
