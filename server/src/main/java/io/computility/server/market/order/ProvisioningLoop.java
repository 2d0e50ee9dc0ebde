package io.computility.server.market.order;

import io.computility.server.shared.loop.Periodic;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The provisioning worker: every run (and whenever an order is created or changed) it reads the
 * orders with due work from the order table, the outbox, and runs each in its own transaction. An
 * order PENDING when the server stopped is simply found again on the next run after a restart.
 */
@Component
class ProvisioningLoop extends Periodic {
  private static final Logger log = LoggerFactory.getLogger(ProvisioningLoop.class);
  private static final int BATCH = 50;
  private final OrderStore store;
  private final ProvisioningStep step;

  ProvisioningLoop(
      OrderStore store,
      ProvisioningStep step,
      @Value("${computility.market.orders.interval:2s}") Duration interval) {
    super("order-provisioning", interval);
    this.store = store;
    this.step = step;
  }

  @Override
  protected void runOnce() {
    for (int round = 0; round < 20; round++) {
      Instant now = Instant.now();
      List<String> due = store.work(now.plus(step.window()), now, BATCH);
      for (String id : due) {
        try {
          step.run(id);
        } catch (RuntimeException e) {
          log.warn("provisioning order {} failed: {}", id, e.toString());
          step.failed(id, String.valueOf(e.getMessage()));
        }
      }
      if (due.size() < BATCH) return;
    }
  }
}
