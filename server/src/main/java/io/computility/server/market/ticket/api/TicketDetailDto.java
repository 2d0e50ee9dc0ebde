package io.computility.server.market.ticket.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.server.market.ticket.TicketComment;
import io.computility.server.market.ticket.TicketEvent;
import io.computility.server.market.ticket.TicketService;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A work order with its comments and history, as far as the caller may see them (the requester
 * never gets internal notes); {@code assignee_name}: the assignee's display name; {@code
 * can_handle}: whether the caller handles work orders.
 */
public record TicketDetailDto(
    TicketDto ticket,
    @JsonProperty("assignee_name") String assigneeName,
    List<CommentDto> comments,
    List<EventDto> history,
    @JsonProperty("can_handle") boolean canHandle) {

  /** A comment. */
  public record CommentDto(
      long id,
      @JsonProperty("author_id") String authorId,
      @JsonProperty("author_name") String authorName,
      String body,
      boolean internal,
      @JsonProperty("created_at") String createdAt) {}

  /** A history entry. */
  public record EventDto(
      long id,
      String at,
      @JsonProperty("actor_id") String actorId,
      String action,
      @JsonProperty("from_state") String fromState,
      @JsonProperty("to_state") String toState,
      Map<String, Object> detail) {}

  static TicketDetailDto of(TicketService.Detail d, Instant now) {
    return new TicketDetailDto(
        TicketDto.of(d.ticket(), now),
        d.assigneeName(),
        d.comments().stream().map(TicketDetailDto::comment).toList(),
        d.history().stream().map(TicketDetailDto::event).toList(),
        d.handler());
  }

  private static CommentDto comment(TicketComment c) {
    return new CommentDto(
        c.id(), c.authorId(), c.authorName(), c.body(), c.internal(), TicketDto.str(c.createdAt()));
  }

  private static EventDto event(TicketEvent e) {
    return new EventDto(
        e.id(),
        TicketDto.str(e.at()),
        e.actorId(),
        e.action().name(),
        e.from() == null ? null : e.from().name(),
        e.to() == null ? null : e.to().name(),
        e.detail());
  }
}
