package io.computility.server.market.ticket;

import io.computility.server.market.MarketMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the people concerned about a change of a work order, as {@link MarketMessage}s: the
 * requester (linked to their ticket page in the portal) and the handlers (the assignee, else the
 * assigned group's members, else everyone who handles work orders; linked to the back office's
 * page). Whoever made the change is not told.
 */
@Component
public class TicketMessages {
  static final String PORTAL = "/support/tickets/";
  static final String OFFICE = "/operations/tickets/";
  private final ApplicationEventPublisher events;
  private final Handlers handlers;

  public TicketMessages(ApplicationEventPublisher events, Handlers handlers) {
    this.events = events;
    this.handlers = handlers;
  }

  /** Which side of a ticket a message goes to. */
  public enum To {
    REQUESTER,
    HANDLERS,
    BOTH
  }

  void send(Ticket t, String code, String actorId, To to, Map<String, Object> extra) {
    Map<String, Object> params = new HashMap<>(extra);
    params.put("ticketId", t.id());
    params.put("number", t.number());
    params.put("title", t.title());
    params.put("state", t.state().name());
    if (to != To.HANDLERS && !t.requesterId().equals(actorId)) {
      publish(List.of(t.requesterId()), code, params, PORTAL + t.id());
    }
    if (to != To.REQUESTER) {
      List<String> office =
          handlerSide(t).stream()
              .filter(u -> !u.equals(actorId) && !u.equals(t.requesterId()))
              .toList();
      publish(office, code, params, OFFICE + t.id());
    }
  }

  /** The handlers a ticket's messages go to. */
  List<String> handlerSide(Ticket t) {
    if (t.assigneeId() != null) return List.of(t.assigneeId());
    if (t.assigneeGroup() != null) return handlers.members(t.assigneeGroup());
    return handlers.userIds();
  }

  private void publish(List<String> users, String code, Map<String, Object> params, String link) {
    if (!users.isEmpty()) events.publishEvent(new MarketMessage(users, code, params, link));
  }
}
