package io.computility.server.monitoring.alerts;

/** One way of announcing alerts (in-app inbox, e-mail). */
public interface Notifier {

  void announce(AlertNotice notice);
}
