package io.computility.server.identity.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Verifies the audit log: recomputes the chain row by row ({@link ChainCheck}) against every anchor
 * from the database and the anchor file whose SM2 signature holds. An anchor that claims the
 * current key but fails its signature is itself evidence of tampering. Anchors of another key (an
 * earlier key that was replaced) are left out: they can neither be trusted nor refuted.
 */
@Service
public class AuditVerifier {
  private final AuditChain chain;
  private final AnchorStore anchors;
  private final AnchorSigner signer;
  private final AuditDrain drain;

  public AuditVerifier(
      AuditChain chain, AnchorStore anchors, AnchorSigner signer, AuditDrain drain) {
    this.drain = drain;
    this.chain = chain;
    this.anchors = anchors;
    this.signer = signer;
  }

  public Verification verify() {
    drain.drainNow(); // entries still in the outbox are part of the log being verified
    List<String> problems = new ArrayList<>();
    List<Long> problemSeqs = new ArrayList<>();
    List<AuditAnchor> valid = new ArrayList<>();
    collect(anchors.fromDatabase(), "database", valid, problems, problemSeqs);
    List<String> unreadable = new ArrayList<>();
    collect(anchors.fromFile(unreadable), "anchor file", valid, problems, problemSeqs);
    for (String u : unreadable) {
      problems.add(u);
      problemSeqs.add(0L);
    }
    ChainCheck check = new ChainCheck(valid);
    chain.scan(check);
    if (!check.broken() && !problems.isEmpty())
      check.failOutside(problemSeqs.get(0), problems.get(0));
    return check.result();
  }

  private void collect(
      List<AuditAnchor> from,
      String where,
      List<AuditAnchor> valid,
      List<String> problems,
      List<Long> problemSeqs) {
    for (AuditAnchor a : from) {
      if (!signer.keyId().equals(a.keyId())) continue;
      String p = signer.problem(a);
      if (p == null) {
        valid.add(a);
      } else {
        problems.add("the " + where + " anchor for seq " + a.seq() + ": " + p);
        problemSeqs.add(a.seq());
      }
    }
  }
}
