package io.computility.server.identity.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One audit row: a login (kind LOGIN) or a state-changing call (kind OPERATION).
 *
 * @param seq position in the chain, from 1, without gaps
 * @param actor username, or "-" when unauthenticated
 * @param tenantId the actor's tenant ("-" when unknown)
 * @param action what: HTTP method and path, or "login"
 * @param target the resource or the login name tried
 * @param sourceIp from where
 * @param result HTTP status or login outcome
 * @param prevHash hash of the previous row (64 zeros for the first)
 * @param hash digest over prevHash and this row's fields
 * @param hashAlg which digest: SM3, or SHA-256 for rows written before V26
 */
public record AuditEntry(
    long seq,
    String kind,
    Instant at,
    String actor,
    String tenantId,
    String action,
    String target,
    String sourceIp,
    String result,
    String prevHash,
    String hash,
    String hashAlg) {

  /** The columns of the CSV export, in the order of {@link #exportCells()}. */
  static final List<String> EXPORT_HEADER =
      List.of(
          "seq",
          "kind",
          "at",
          "actor",
          "tenant_id",
          "action",
          "target",
          "source_ip",
          "result",
          "hash",
          "hash_alg");

  /** This row as a line of the CSV export (the previous hash is left out). */
  List<Object> exportCells() {
    return Arrays.asList(
        seq, kind, at, actor, tenantId, action, target, sourceIp, result, hash, hashAlg);
  }

  /** This row with its hash computed by {@code algorithm}. */
  AuditEntry hashedWith(String algorithm) {
    String h = AuditDigest.hex(algorithm, canonical());
    return new AuditEntry(
        seq, kind, at, actor, tenantId, action, target, sourceIp, result, prevHash, h, algorithm);
  }

  /** The bytes the hash covers, fields separated by a unit separator that input cannot hold. */
  String canonical() {
    return String.join(
        "\u001f",
        Long.toString(seq),
        kind,
        at.toString(),
        actor,
        tenantId,
        action,
        target,
        sourceIp,
        result,
        prevHash);
  }
}
