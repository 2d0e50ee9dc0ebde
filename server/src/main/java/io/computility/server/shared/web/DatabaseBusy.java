package io.computility.server.shared.web;

import java.sql.SQLTransientConnectionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Past capacity the server degrades instead of wedging: when no database connection frees up within
 * the pool's (short) connection timeout the request answers 503 with {@code Retry-After} and an
 * envelope that names the reason, and the caller tries again later.
 */
public final class DatabaseBusy {
  /** Seconds a caller should wait before trying again. */
  public static final int RETRY_AFTER_S = 1;

  public static final String CODE = "DATABASE_BUSY";
  public static final String MESSAGE =
      "database every connection of the pool is busy; the server is past capacity, retry later";

  private DatabaseBusy() {}

  /** Whether {@code e} or one of its causes says that no pooled connection was available. */
  public static boolean causedBy(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof CannotGetJdbcConnectionException
          || t instanceof CannotCreateTransactionException) {
        return true;
      }
      if (t.getCause() == t) break;
    }
    return false;
  }

  public static Envelope<Void> envelope() {
    return Envelope.error(503, CODE, MESSAGE);
  }

  public static ResponseEntity<Envelope<Void>> answer() {
    return ResponseEntity.status(503)
        .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_S))
        .contentType(MediaType.APPLICATION_JSON)
        .body(envelope());
  }
}
