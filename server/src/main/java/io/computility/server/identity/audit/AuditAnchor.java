package io.computility.server.identity.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A signed checkpoint of the audit chain: "the row with this sequence number had this hash at this
 * time". Kept in the database and, one per line, in an append-only file outside it, so that
 * deleting the newest rows (which leaves a chain that still links) is detected.
 *
 * @param seq the anchored row's sequence number
 * @param headHash that row's hash
 * @param at when the anchor was signed
 * @param keyId which signing key (the first 16 hex digits of SM3 of its public key)
 * @param signature SM2 signature (with SM3) over {@link #message()}, Base64
 */
public record AuditAnchor(long seq, String headHash, Instant at, String keyId, String signature) {

  /** The text the signature covers. */
  String message() {
    return String.join(
        "\u001f", "computility-audit-anchor", Long.toString(seq), headHash, at.toString());
  }

  /** One line of the anchor file, fields separated by spaces. */
  public String line() {
    return String.join(" ", Long.toString(seq), headHash, at.toString(), keyId, signature);
  }

  /** Parses a line of the anchor file; fails with a message naming what is wrong. */
  static AuditAnchor parse(String line) {
    String[] f = line.trim().split(" ");
    if (f.length != 5) throw new IllegalArgumentException("expected 5 fields: " + line);
    try {
      return new AuditAnchor(Long.parseLong(f[0]), f[1], Instant.parse(f[2]), f[3], f[4]);
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("unreadable anchor line: " + line, e);
    }
  }
}
