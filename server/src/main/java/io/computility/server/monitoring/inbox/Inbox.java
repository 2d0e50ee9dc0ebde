package io.computility.server.monitoring.inbox;

import io.computility.server.monitoring.alerts.NotificationStore;
import java.time.Clock;
import java.util.Map;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Posts personal messages into users' inboxes (seed 003 我的消息: process progress, order and work
 * order states). Runs in the caller's transaction, so a message is stored exactly when its cause
 * is. Only the recipient sees it ({@code GET /api/v1/monitoring/notifications}).
 */
@Component
@NamedInterface("inbox")
public class Inbox {
  private final NotificationStore store;
  private final Clock clock;

  public Inbox(NotificationStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * One message for one user.
   *
   * @param userId the recipient
   * @param code display code the console translates with {@code params}
   * @param params values the code's text refers to
   * @param title English fallback title (at most 256 characters, longer is cut)
   * @param body English fallback body
   * @param link the console path the message opens, or null
   */
  public void post(
      String userId,
      String code,
      Map<String, Object> params,
      String title,
      String body,
      String link) {
    store.insertFor(
        userId, cut(title, 256), body == null ? "" : body, code, params, link, clock.instant());
  }

  private static String cut(String s, int max) {
    if (s == null) return "";
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
