package io.computility.server.market;

import java.util.List;
import java.util.Map;

/**
 * A message of the market to users' inboxes (a to-do, an approval's outcome, an order that became
 * active, a work order's answer). Published in the transaction that caused it; the listener that
 * writes the inbox runs in that same transaction, so a message is stored exactly when its cause is.
 *
 * @param userIds recipients (user ids)
 * @param code display code the console translates (e.g. {@code market.approval.todo})
 * @param params values the code's text refers to
 * @param link the console path the message opens (e.g. {@code /market/approvals}), or null
 */
public record MarketMessage(
    List<String> userIds, String code, Map<String, Object> params, String link) {
  public MarketMessage {
    userIds = List.copyOf(userIds);
    params = Map.copyOf(params);
  }
}
