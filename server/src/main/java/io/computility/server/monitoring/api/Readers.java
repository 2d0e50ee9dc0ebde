package io.computility.server.monitoring.api;

import io.computility.server.monitoring.alerts.InboxAudience;
import io.computility.server.shared.web.Caller;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Whose inbox the current request reads, and its query checks. */
final class Readers {
  /** The permission that shows the platform-wide alert notifications (identity's monitor:read). */
  static final String ALERTS = "monitor:read";

  private Readers() {}

  static InboxAudience current() {
    Caller caller =
        Caller.current().orElseThrow(() -> new IllegalStateException("no authenticated caller"));
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    boolean alerts =
        a != null && a.getAuthorities().stream().anyMatch(g -> ALERTS.equals(g.getAuthority()));
    return new InboxAudience(caller.userId(), alerts);
  }

  /**
   * A message id from the path; anything that is not one is a message the caller does not have
   * (404, as for another user's message), so ids of other kinds reveal nothing.
   */
  static long id(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new NotFoundException("id", "no notification " + value);
    }
  }

  /** A title filter: at most 200 characters, no control characters; blank means none. */
  static String titleFilter(String title) {
    if (title == null || title.isBlank()) return null;
    Check.maxChars(title, "title", 200);
    if (title.chars().anyMatch(Character::isISOControl)) {
      throw Check.bad("title", "must not hold control characters");
    }
    return title.strip();
  }
}
