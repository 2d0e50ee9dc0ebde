package io.computility.server.market.ticket;

import io.computility.server.market.MarketMessage;
import io.computility.server.monitoring.inbox.Inbox;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Stores every {@link MarketMessage} in its recipients' inboxes, one message each, in the
 * publishing transaction (a plain synchronous listener: the message exists exactly when its cause
 * committed).
 */
@Component
public class MarketMessageInbox {
  private final Inbox inbox;

  public MarketMessageInbox(Inbox inbox) {
    this.inbox = inbox;
  }

  @EventListener
  public void on(MarketMessage m) {
    String title = MessageTexts.title(m.code(), m.params());
    Object excerpt = m.params().get("excerpt");
    String body = excerpt == null ? "" : String.valueOf(excerpt);
    for (String user : m.userIds().stream().distinct().toList()) {
      inbox.post(user, m.code(), m.params(), title, body, m.link());
    }
  }
}
