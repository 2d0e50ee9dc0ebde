package io.computility.server.market.order;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Creates orders, PENDING, in the caller's transaction (an approval, or a demand's accepted offer);
 * the provisioning loop is woken once that transaction commits. An item or demand that already has
 * its order creates nothing again: the existing order's id is answered.
 */
@Service
public class OrderBook {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
  private final OrderStore store;
  private final OrderHistory history;
  private final ProvisioningLoop loop;
  private final ProvisioningStep step;

  OrderBook(OrderStore store, OrderHistory history, ProvisioningLoop loop, ProvisioningStep step) {
    this.store = store;
    this.history = history;
    this.loop = loop;
    this.step = step;
  }

  /**
   * A MANUAL order's fulfilment was finished by people (its work order is done): the order becomes
   * ACTIVE. False when it was not waiting for one. For the work orders of {@code market.ticket}.
   */
  public boolean fulfilled(String orderId, String actor) {
    return step.fulfilled(orderId, actor);
  }

  /** The order's id: a new PENDING order, or the one the item or demand already has. */
  @Transactional(propagation = Propagation.MANDATORY)
  public String create(NewOrder o, String actor) {
    Instant now = Instant.now();
    String id = MarketIds.next("ord");
    String number = "ORD" + DAY.format(now) + id.substring(4).toUpperCase();
    if (!store.insert(id, number, o, now)) {
      return (o.itemId() != null ? store.byItem(o.itemId()) : store.byDemand(o.demandId()))
          .orElseThrow(() -> new IllegalStateException("order conflict without an order"))
          .id();
    }
    history.add(id, null, OrderState.PENDING, "CREATE", actor, null);
    wakeAfterCommit();
    return id;
  }

  /** Wakes the provisioning loop once the current transaction commits. */
  void wakeAfterCommit() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      loop.nudge();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            loop.nudge();
          }
        });
  }
}
