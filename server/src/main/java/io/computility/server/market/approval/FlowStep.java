package io.computility.server.market.approval;

import java.util.List;

/**
 * One step of a flow as the console's form writes it.
 *
 * @param name shown in the to-do list and the history
 * @param kind who approves
 * @param mode countersign or or-sign
 * @param users the user ids of a USERS step; empty otherwise
 */
public record FlowStep(String name, ApproverKind kind, SignMode mode, List<String> users) {
  public FlowStep {
    users = users == null ? List.of() : List.copyOf(users);
  }
}
