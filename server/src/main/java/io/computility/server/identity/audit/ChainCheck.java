package io.computility.server.identity.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks audit rows fed in sequence order: each row's hash recomputes with its own algorithm, its
 * prev_hash is the previous row's hash, sequence numbers have no gap, and every signed anchor names
 * the hash its row has. After the last row, a log ending before the newest anchor is a deleted
 * tail. Pure: the database and the anchor sources are the caller's.
 */
final class ChainCheck {
  private final Map<Long, List<AuditAnchor>> anchors;
  private final AuditAnchor latest;
  private long count;
  private String prev = AuditChain.GENESIS;
  private Verification broken;

  /** A check against these anchors, whose signatures the caller has already verified. */
  ChainCheck(Collection<AuditAnchor> validAnchors) {
    this.anchors = validAnchors.stream().collect(Collectors.groupingBy(AuditAnchor::seq));
    this.latest =
        validAnchors.stream()
            .max(java.util.Comparator.comparingLong(AuditAnchor::seq))
            .orElse(null);
  }

  boolean broken() {
    return broken != null;
  }

  /** Checks the next row; false once the chain is broken (later rows are not looked at). */
  boolean accept(AuditEntry e) {
    if (broken != null) return false;
    long expected = count + 1;
    if (e.seq() != expected) {
      return fail(
          expected, "entry " + expected + " is missing (the next row is seq " + e.seq() + ")");
    }
    if (!e.prevHash().equals(prev)) return fail(e.seq(), "prev_hash does not match");
    if (!e.hashedWith(e.hashAlg()).hash().equals(e.hash())) {
      return fail(e.seq(), "row content was changed");
    }
    for (AuditAnchor a : anchors.getOrDefault(e.seq(), List.of())) {
      if (!a.headHash().equals(e.hash())) {
        return fail(
            e.seq(),
            "hash differs from the anchor signed at "
                + a.at()
                + " (rows up to here were replaced, or deleted and written again)");
      }
    }
    count++;
    prev = e.hash();
    return true;
  }

  /** Fails the check at {@code seq} for a reason found outside the rows (a forged anchor). */
  void failOutside(long seq, String reason) {
    if (broken == null) fail(seq, reason);
  }

  Verification result() {
    if (broken != null) return broken;
    if (latest != null && latest.seq() > count) return Verification.truncated(count, latest);
    return Verification.intact(count, prev, latest);
  }

  private boolean fail(long seq, String reason) {
    broken = Verification.broken(count, seq, reason, latest);
    return false;
  }
}
