package io.computility.server.shared.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lets the current transaction commit without waiting for the WAL flush. Used only for state that
 * can be derived again after a crash: replica states (re-read from centers by the reconciler) and
 * dispatch acknowledgements (dispatch is idempotent). Accepted jobs and scheduling decisions always
 * commit synchronously.
 */
@Component
public class AsyncCommit {
  private final JdbcTemplate jdbc;

  public AsyncCommit(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Call inside a transaction. */
  public void enable() {
    jdbc.execute("set local synchronous_commit to off");
  }
}
