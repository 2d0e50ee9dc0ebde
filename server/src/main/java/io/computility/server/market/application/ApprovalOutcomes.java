package io.computility.server.market.application;

import io.computility.server.market.approval.ApprovalConcluded;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves an application when its approval ends, in the deciding transaction: APPROVED publishes
 * {@link ApplicationApproved} (the order part creates the orders in that same transaction),
 * REJECTED keeps the reason, WITHDRAWN returns it to DRAFT.
 */
@Component
class ApprovalOutcomes {
  private final ApplicationStore store;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ApprovalOutcomes(ApplicationStore store, ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.events = events;
    this.clock = clock;
  }

  @EventListener
  void on(ApprovalConcluded c) {
    if (!ApplicationService.SUBJECT.equals(c.subjectType())) return;
    ApplicationRow a = store.lock(c.subjectId()).orElse(null);
    if (a == null) return;
    switch (c.outcome()) {
      case APPROVED -> {
        store.state(a.id(), "APPROVED", null, clock.instant());
        events.publishEvent(approved(a));
      }
      case REJECTED -> store.state(a.id(), "REJECTED", c.reason(), clock.instant());
      case WITHDRAWN -> store.state(a.id(), "DRAFT", null, clock.instant());
    }
  }

  private ApplicationApproved approved(ApplicationRow a) {
    return new ApplicationApproved(
        a.id(),
        a.number(),
        a.tenantId(),
        a.orgId(),
        a.applicantId(),
        a.businessSystemId(),
        store.items(a.id()).stream()
            .map(
                i ->
                    new ApplicationApproved.Item(
                        i.id(),
                        i.productId(),
                        i.action(),
                        i.orderId(),
                        i.quantity(),
                        i.components(),
                        i.duration()))
            .toList());
  }
}
