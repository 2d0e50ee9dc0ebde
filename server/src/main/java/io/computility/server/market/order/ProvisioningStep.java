package io.computility.server.market.order;

import io.computility.server.market.MarketMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One order's due work, in one transaction with the order row locked (another worker skips it):
 * provision a PENDING order, apply a pending resize or termination, mark an order near its end
 * EXPIRING and release an order past its end (EXPIRED). What is done on the platform commits with
 * the order's new state, so a crash leaves either both or neither.
 */
@Component
class ProvisioningStep {
  static final String SYSTEM = "system";
  private final OrderStore store;
  private final OrderHistory history;
  private final Provisioner provisioner;
  private final ManualFulfilments manual;
  private final ApplicationEventPublisher events;
  private final Duration window;
  private final int maxAttempts;

  ProvisioningStep(
      OrderStore store,
      OrderHistory history,
      Provisioner provisioner,
      ManualFulfilments manual,
      ApplicationEventPublisher events,
      @Value("${computility.market.orders.expiring-window:72h}") Duration window,
      @Value("${computility.market.orders.max-attempts:5}") int maxAttempts) {
    this.store = store;
    this.history = history;
    this.provisioner = provisioner;
    this.manual = manual;
    this.events = events;
    this.window = window;
    this.maxAttempts = maxAttempts;
  }

  Duration window() {
    return window;
  }

  @Transactional
  public void run(String orderId) {
    OrderRow o = store.lock(orderId).orElse(null);
    if (o == null) return; // another worker has it, or it is gone
    Instant now = Instant.now();
    if ("TERMINATE".equals(o.pendingAction())) {
      provisioner.release(o);
      save(o, o.inState(OrderState.TERMINATED, "terminated").withAction(null), "TERMINATE", now);
      return;
    }
    if (o.state() == OrderState.PENDING) {
      provision(o, now);
    } else if ("RESIZE".equals(o.pendingAction()) && o.state().holding()) {
      provisioner.resize(o);
      save(o, o.withAction(null), "RESIZE", now);
    } else if (o.state().holding() && !o.endAt().isAfter(now)) {
      provisioner.release(o);
      save(o, o.inState(OrderState.EXPIRED, "expired at " + o.endAt()), "EXPIRE", now);
    } else if (o.state() == OrderState.ACTIVE && !o.endAt().isAfter(now.plus(window))) {
      save(o, o.inState(OrderState.EXPIRING, "ends at " + o.endAt()), "EXPIRING", now);
    } else if (o.pendingAction() != null) {
      save(o, o.withAction(null), "NOOP", now); // nothing left to apply (e.g. a resize pending)
    }
  }

  private void provision(OrderRow o, Instant now) {
    Instant end = Periods.after(now, o.duration(), "duration");
    OrderRow started = o.withPeriod(now, end).withAction(null);
    boolean usable = provisioner.provision(o);
    history.add(o.id(), o.state(), OrderState.PROVISIONING, "PROVISION", SYSTEM, null);
    if (usable) {
      save(
          o.inState(OrderState.PROVISIONING, null),
          started.inState(OrderState.ACTIVE, null),
          "ACTIVE",
          now);
    } else {
      OrderRow waiting = started.inState(OrderState.PROVISIONING, "manual fulfilment opened");
      store.update(waiting, now);
      message(waiting, "market.order.manual");
    }
  }

  /**
   * A manual fulfilment finished by people: its PROVISIONING order becomes ACTIVE. False when the
   * order is not waiting for one (already done, terminated, or not a manual service).
   */
  @Transactional
  public boolean fulfilled(String orderId, String actor) {
    OrderRow o = store.lockWaiting(orderId).orElse(null);
    if (o == null || o.state() != OrderState.PROVISIONING || !manual.close(orderId, "DONE")) {
      return false;
    }
    OrderRow done = o.inState(OrderState.ACTIVE, null);
    store.update(done, Instant.now());
    history.add(o.id(), o.state(), OrderState.ACTIVE, "FULFILLED", actor, null);
    message(done, "market.order.active");
    return true;
  }

  /** Records a failed attempt; the last allowed one fails the order with the reason. */
  @Transactional
  public void failed(String orderId, String reason) {
    OrderRow o = store.lockWaiting(orderId).orElse(null);
    if (o == null || o.state() != OrderState.PENDING) return;
    Instant now = Instant.now();
    OrderRow next = o.withAttempts(o.attempts() + 1);
    if (next.attempts() < maxAttempts) {
      store.update(
          next.inState(OrderState.PENDING, "attempt " + next.attempts() + ": " + reason), now);
      return;
    }
    save(o, next.inState(OrderState.FAILED, reason), "FAIL", now);
  }

  private void save(OrderRow before, OrderRow after, String action, Instant now) {
    store.update(after, now);
    history.add(after.id(), before.state(), after.state(), action, SYSTEM, after.reason());
    if (before.state() != after.state()) {
      message(after, "market.order." + after.state().name().toLowerCase());
    }
  }

  private void message(OrderRow o, String code) {
    events.publishEvent(
        new MarketMessage(
            List.of(o.applicantId()),
            code,
            Map.of("number", o.number(), "product", o.productName()),
            "/market/orders/" + o.id()));
  }
}
