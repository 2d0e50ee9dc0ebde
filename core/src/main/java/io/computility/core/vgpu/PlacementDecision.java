package io.computility.core.vgpu;

import java.util.List;

/** The allocator's answer for one request: placed, wait in the queue, or never placeable. */
public sealed interface PlacementDecision {

  /** The task gets these slots now. */
  record Place(List<Slot> slots) implements PlacementDecision {
    public Place {
      slots = List.copyOf(slots);
    }
  }

  /** The pool could hold the task but not now; it waits. */
  record Queue(String reason) implements PlacementDecision {}

  /** No card in the pool can ever hold the task as asked. */
  record Reject(String reason) implements PlacementDecision {}
}
