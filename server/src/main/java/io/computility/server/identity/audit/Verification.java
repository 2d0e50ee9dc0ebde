package io.computility.server.identity.audit;

import java.time.Instant;

/**
 * What a verification of the audit log found: intact up to its head, or the first broken entry.
 *
 * @param intact every row's hash recomputes, the sequence has no gap and every signed anchor
 *     matches the row it covers
 * @param verifiedRows rows checked before the first break (all of them when intact)
 * @param brokenAtSeq the first entry that was edited, removed or inserted; null when intact
 * @param reason what is wrong there
 * @param headHash the newest row's hash when intact
 * @param anchoredSeq the highest sequence number a valid signed anchor covers (0: none yet)
 * @param anchoredAt when that anchor was signed
 * @param missingFrom first sequence number of a deleted tail, when the log ends before the anchor
 * @param missingTo last sequence number of that deleted tail
 */
public record Verification(
    boolean intact,
    long verifiedRows,
    Long brokenAtSeq,
    String reason,
    String headHash,
    long anchoredSeq,
    Instant anchoredAt,
    Long missingFrom,
    Long missingTo) {

  static Verification intact(long rows, String head, AuditAnchor latest) {
    return new Verification(true, rows, null, null, head, seq(latest), at(latest), null, null);
  }

  static Verification broken(long rows, long seq, String reason, AuditAnchor latest) {
    return new Verification(false, rows, seq, reason, null, seq(latest), at(latest), null, null);
  }

  static Verification truncated(long rows, AuditAnchor latest) {
    long from = rows + 1;
    String reason =
        "entries "
            + from
            + ".."
            + latest.seq()
            + " are missing: the anchor signed at "
            + latest.at()
            + " covers seq "
            + latest.seq()
            + " but the log ends at "
            + rows;
    return new Verification(
        false, rows, from, reason, null, latest.seq(), latest.at(), from, latest.seq());
  }

  private static long seq(AuditAnchor a) {
    return a == null ? 0 : a.seq();
  }

  private static Instant at(AuditAnchor a) {
    return a == null ? null : a.at();
  }
}
