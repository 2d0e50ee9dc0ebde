package io.computility.server.monitoring.alerts;

import io.computility.server.shared.config.ComputilityProperties;
import io.computility.server.shared.loop.Periodic;
import org.springframework.stereotype.Component;

/** The evaluation loop: re-checks threshold rules against the clock. */
@Component
public class AlertTicker extends Periodic {
  private final AlertEngine engine;

  public AlertTicker(AlertEngine engine, ComputilityProperties props) {
    super("alert-ticker", props.monitoring().evaluateEvery());
    this.engine = engine;
  }

  @Override
  protected void runOnce() {
    engine.tick();
  }
}
