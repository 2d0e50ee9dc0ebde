package io.computility.server.identity.audit;

import static io.computility.server.shared.jdbc.Sql.ts;

import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The operation log as other contexts write it: an entry of a business action (an approval, a
 * rejection) stored in the caller's transaction, so it exists exactly when the action does. The row
 * goes into {@code audit_outbox}; {@link AuditDrain} moves it into the chain within its period.
 */
@Component
@NamedInterface("audit")
public class AuditLog {
  private final JdbcTemplate jdbc;
  private final Clock clock;

  public AuditLog(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records an operation of {@code actor} (a user id) in {@code tenantId} on {@code target}. */
  public void operation(
      String actor, String tenantId, String action, String target, String result) {
    AuditChain.Event e =
        AuditChain.clean(
            new AuditChain.Event("OPERATION", actor, tenantId, action, target, "-", result));
    jdbc.update(
        "insert into audit_outbox (kind, at, actor, tenant_id, action, target, source_ip, result)"
            + " values (?,?,?,?,?,?,?,?)",
        e.kind(),
        ts(clock.instant()),
        e.actor(),
        e.tenantId(),
        e.action(),
        e.target(),
        e.sourceIp(),
        e.result());
  }
}
