package io.computility.server.market.order;

import static io.computility.server.shared.jdbc.Sql.ts;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Manual fulfilment of MANUAL orders: opened once per order (OPEN), closed when people finished it
 * (DONE) or when the order ends (CANCELLED). Each opened fulfilment records the work order ({@code
 * market.ticket}) that people resolve to finish it.
 */
@Repository
class ManualFulfilments {
  private final JdbcTemplate jdbc;

  ManualFulfilments(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Opens the order's fulfilment; false when it was open already. */
  boolean open(String orderId) {
    return jdbc.update(
            "insert into manual_fulfilment (order_id, state, opened_at) values (?, 'OPEN', ?)"
                + " on conflict do nothing",
            orderId,
            ts(Instant.now()))
        > 0;
  }

  /** Closes an open fulfilment with {@code state}; false when none was open. */
  boolean close(String orderId, String state) {
    return jdbc.update(
            "update manual_fulfilment set state = ?, closed_at = ? where order_id = ?"
                + " and state = 'OPEN'",
            state,
            ts(Instant.now()),
            orderId)
        > 0;
  }

  /** Records the work order opened for the order's fulfilment. */
  void ticket(String orderId, String ticketId) {
    jdbc.update("update manual_fulfilment set ticket_id = ? where order_id = ?", ticketId, orderId);
  }

  /** The work order of the order's open fulfilment, if any. */
  Optional<String> openTicket(String orderId) {
    return jdbc
        .queryForList(
            "select ticket_id from manual_fulfilment where order_id = ? and state = 'OPEN'"
                + " and ticket_id is not null",
            String.class,
            orderId)
        .stream()
        .findFirst();
  }

  Optional<String> state(String orderId) {
    return jdbc
        .queryForList(
            "select state from manual_fulfilment where order_id = ?", String.class, orderId)
        .stream()
        .findFirst();
  }
}
