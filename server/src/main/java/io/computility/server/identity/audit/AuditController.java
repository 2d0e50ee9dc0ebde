package io.computility.server.identity.audit;

import io.computility.server.identity.AuthUser;
import io.computility.server.identity.CurrentUser;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String since,
      @RequestParam(required = false) String until,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) String actorKind,
      @RequestParam(defaultValue = "false") boolean heartbeats,
      HttpServletResponse response) {
    AuditChain.Filter f = filter(actor, action, since, until);
    f =
        new AuditChain.Filter(
            f.actor(), f.action(), f.since(), f.until(), kind(actorKind), heartbeats);
    List<AuditEntry> rows = query("OPERATION", f, page, size);
    response.setHeader(TOTAL, Long.toString(chain.count(tenant(), "OPERATION", f)));
    return Envelope.ok(rows);
  }

  /** The total of a filtered listing, for paging. */
  static final String TOTAL = "X-Total-Count";

  private static AuditChain.ActorKind kind(String v) {
    if (v == null || v.isBlank()) return null;
    try {
      return AuditChain.ActorKind.valueOf(v.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw io.computility.server.shared.web.InvalidInputException.notOneOf(
          "actorKind", List.of(AuditChain.ActorKind.values()), v);
    }
  }

  @GetMapping("/logins")
  @Operation(summary = "Login log, newest first")
  public Envelope<List<AuditEntry>> logins(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String since,
      @RequestParam(required = false) String until,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      HttpServletResponse response) {
    AuditChain.Filter f = filter(actor, action, since, until);
    List<AuditEntry> rows = query("LOGIN", f, page, size);
    response.setHeader(TOTAL, Long.toString(chain.count(tenant(), "LOGIN", f)));
    return Envelope.ok(rows);
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
    StringBuilder csv =
        new StringBuilder(
            "seq,kind,at,actor,tenant_id,action,target,source_ip,result,hash,hash_alg\n");
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
                  e.hash(),
                  e.hashAlg()))
          .append('\n');
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

  private List<AuditEntry> query(String kind, AuditChain.Filter filter, int page, int size) {
    Check.page(page);
    Check.pageSize(size, MAX_PAGE);
    drain.drainNow();
    return chain.query(tenant(), kind, filter, page * size, size);
  }

  /** Blank values filter nothing; since/until are ISO-8601 instants (400 naming the field). */
  static AuditChain.Filter filter(String actor, String action, String since, String until) {
    Check.belowBytes(actor, "actor", Check.ID_BYTES);
    Check.belowBytes(action, "action", 256);
    Instant from = instant(since, "since");
    Instant to = instant(until, "until");
    if (from != null && to != null && !from.isBefore(to)) {
      throw Check.bad("until", "must be after since");
    }
    return new AuditChain.Filter(
        blank(actor) ? null : actor, blank(action) ? null : action.strip(), from, to);
  }

  private static boolean blank(String v) {
    return v == null || v.isBlank();
  }

  private static Instant instant(String v, String field) {
    if (blank(v)) return null;
    try {
      return Check.instant(Instant.parse(v.strip()), field);
    } catch (java.time.format.DateTimeParseException e) {
      throw Check.bad(field, "must be an ISO-8601 instant such as 2026-01-31T08:00:00Z, was " + v);
    }
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
