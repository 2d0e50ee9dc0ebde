package io.computility.server.market.ticket.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Request bodies of the work order endpoints. */
final class TicketBodies {
  private TicketBodies() {}

  /** Raising a work order; {@code resource} only (and then required) for type RESOURCE. */
  record Create(
      String title,
      @JsonProperty("category_id") String categoryId,
      String description,
      String priority,
      String type,
      @JsonProperty("related_id") String relatedId,
      Resource resource) {}

  /** The special spec a resource work order asks for, and its time window. */
  record Resource(
      Integer cpu,
      @JsonProperty("memory_mb") Long memoryMb,
      Integer gpu,
      @JsonProperty("gpu_model") String gpuModel,
      String from,
      String until) {}

  record Comment(String body, Boolean internal) {}

  /** Exactly one of the two. */
  record Assign(
      @JsonProperty("assignee_id") String assigneeId, @JsonProperty("group_id") String groupId) {}

  /** An optional note: the answer of resolve, the reason of reopen, approve, reject. */
  record Note(String note) {}
}
