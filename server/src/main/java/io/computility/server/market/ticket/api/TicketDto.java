package io.computility.server.market.ticket.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.server.market.ticket.ResourceRequest;
import io.computility.server.market.ticket.Ticket;
import java.time.Instant;

/** A work order as the API answers it; {@code overdue} is as of the answer. */
public record TicketDto(
    String id,
    long number,
    String type,
    String title,
    String description,
    @JsonProperty("category_id") String categoryId,
    String priority,
    String state,
    String approval,
    @JsonProperty("tenant_id") String tenantId,
    @JsonProperty("requester_id") String requesterId,
    @JsonProperty("requester_name") String requesterName,
    @JsonProperty("assignee_id") String assigneeId,
    @JsonProperty("assignee_group") String assigneeGroup,
    @JsonProperty("related_id") String relatedId,
    ResourceDto resource,
    @JsonProperty("due_at") String dueAt,
    boolean overdue,
    @JsonProperty("created_at") String createdAt,
    @JsonProperty("updated_at") String updatedAt,
    @JsonProperty("resolved_at") String resolvedAt,
    @JsonProperty("closed_at") String closedAt) {

  /** A resource request. */
  public record ResourceDto(
      int cpu,
      @JsonProperty("memory_mb") long memoryMb,
      int gpu,
      @JsonProperty("gpu_model") String gpuModel,
      String from,
      String until) {}

  static TicketDto of(Ticket t, Instant now) {
    ResourceRequest r = t.resource();
    return new TicketDto(
        t.id(),
        t.number(),
        t.type().name(),
        t.title(),
        t.description(),
        t.categoryId(),
        t.priority().name(),
        t.state().name(),
        t.approval().name(),
        t.tenantId(),
        t.requesterId(),
        t.requesterName(),
        t.assigneeId(),
        t.assigneeGroup(),
        t.relatedId(),
        r == null
            ? null
            : new ResourceDto(
                r.cpu(), r.memoryMb(), r.gpu(), r.gpuModel(), str(r.from()), str(r.until())),
        str(t.dueAt()),
        t.overdueAt(now),
        str(t.createdAt()),
        str(t.updatedAt()),
        str(t.resolvedAt()),
        str(t.closedAt()));
  }

  static String str(Instant i) {
    return i == null ? null : i.toString();
  }
}
