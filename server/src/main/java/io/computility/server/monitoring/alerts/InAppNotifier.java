package io.computility.server.monitoring.alerts;

import java.time.Clock;
import org.springframework.stereotype.Component;

/** Puts alert notices in the in-app inbox. */
@Component
public class InAppNotifier implements Notifier {
  private final NotificationStore inbox;
  private final Clock clock;

  public InAppNotifier(NotificationStore inbox, Clock clock) {
    this.inbox = inbox;
    this.clock = clock;
  }

  @Override
  public void announce(AlertNotice n) {
    if (!n.inApp()) return;
    inbox.insert(
        n.alert().id(),
        n.alert().severity(),
        n.title(),
        n.body(),
        n.code(),
        n.params(),
        clock.instant());
  }
}
