package io.computility.server.market.order;

import io.computility.server.market.ticket.ManualWork;
import org.springframework.stereotype.Component;

/**
 * Joins MANUAL orders to work orders: provisioning opens the order's manual fulfilment and, the
 * first time only, a work order for it (in the provisioning transaction), requested by the
 * applicant and related to the order; {@link ManualTicketResolved} finishes it.
 */
@Component
class ManualTickets {
  private final ManualFulfilments manual;
  private final ManualWork work;

  ManualTickets(ManualFulfilments manual, ManualWork work) {
    this.manual = manual;
    this.work = work;
  }

  /** Opens the fulfilment and its work order; provisioning again opens neither twice. */
  void open(OrderRow o) {
    if (!manual.open(o.id())) return;
    String title = "Fulfil " + o.productName() + " (order " + o.number() + ")";
    if (title.length() > 200) title = title.substring(0, 199) + "…";
    String description =
        "Manual service order "
            + o.number()
            + ": "
            + o.quantity()
            + " x "
            + o.productName()
            + " for "
            + o.duration()
            + ". Resolve this work order when the service is delivered; the order then becomes"
            + " ACTIVE.";
    String ticket =
        work.open(
            new ManualWork.Request(
                o.tenantId(), o.orgId(), o.applicantId(), title, description, o.id()));
    manual.ticket(o.id(), ticket);
  }
}
