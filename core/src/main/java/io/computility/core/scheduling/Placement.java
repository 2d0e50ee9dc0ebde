package io.computility.core.scheduling;

import java.util.List;

/**
 * The scheduler's decision for one job's pending replicas: {@link #place} them (possibly only some
 * of them when the job is not all-or-nothing: see {@link #unplaced}), {@link #queue} the job until
 * something changes, or {@link #reject} it because no center could ever run it.
 */
public final class Placement {

  public enum Kind {
    PLACED,
    QUEUED,
    REJECTED
  }

  private final Kind kind;
  private final List<Assignment> assignments;
  private final List<String> unplaced;
  private final String reason;
  private final List<ScoreCard> scoreCards;

  private Placement(
      Kind kind,
      List<Assignment> assignments,
      List<String> unplaced,
      String reason,
      List<ScoreCard> cards) {
    this.kind = kind;
    this.assignments = List.copyOf(assignments);
    this.unplaced = List.copyOf(unplaced);
    this.reason = reason;
    this.scoreCards = List.copyOf(cards);
  }

  public static Placement place(
      List<Assignment> assignments, List<String> unplaced, List<ScoreCard> cards) {
    return new Placement(Kind.PLACED, assignments, unplaced, null, cards);
  }

  public static Placement queue(String reason) {
    return new Placement(Kind.QUEUED, List.of(), List.of(), reason, List.of());
  }

  public static Placement reject(String reason) {
    return new Placement(Kind.REJECTED, List.of(), List.of(), reason, List.of());
  }

  public Kind kind() {
    return kind;
  }

  public List<Assignment> assignments() {
    return assignments;
  }

  /** Why each replica left out of a partial placement waits ("task 1 replica 0: ..."). */
  public List<String> unplaced() {
    return unplaced;
  }

  public String reason() {
    return reason;
  }

  /** Per-strategy and final scores of the best candidates, for explanation (JC-A.5/A.6). */
  public List<ScoreCard> scoreCards() {
    return scoreCards;
  }

  @Override
  public String toString() {
    return kind + (reason == null ? " " + assignments : " (" + reason + ")");
  }
}
