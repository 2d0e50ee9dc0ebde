package io.computility.server.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The chain rules without a database: digests per row, gaps, anchors, a deleted tail. */
@DisplayName("CMP-security audit chain check")
class ChainCheckTest {

  /** A chain of {@code n} rows, the first {@code sha} of them SHA-256 (pre-V26), the rest SM3. */
  static List<AuditEntry> chain(int n, int sha) {
    List<AuditEntry> rows = new ArrayList<>();
    String prev = AuditChain.GENESIS;
    for (int i = 1; i <= n; i++) {
      AuditEntry draft =
          new AuditEntry(
              i,
              "OPERATION",
              Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i),
              "admin",
              "platform",
              "POST /api/v1/policies",
              "-",
              "127.0.0.1",
              "200",
              prev,
              null,
              null);
      AuditEntry e = draft.hashedWith(i <= sha ? AuditDigest.SHA_256 : AuditDigest.SM3);
      rows.add(e);
      prev = e.hash();
    }
    return rows;
  }

  static Verification run(List<AuditEntry> rows, List<AuditAnchor> anchors) {
    ChainCheck c = new ChainCheck(anchors);
    for (AuditEntry e : rows) c.accept(e);
    return c.result();
  }

  static AuditAnchor anchor(AuditEntry e) {
    return new AuditAnchor(e.seq(), e.hash(), Instant.parse("2026-01-02T00:00:00Z"), "k", "s");
  }

  @Test
  @DisplayName(
      "CMP-security a chain whose older rows are SHA-256 and newer rows SM3 verifies intact")
  void mixedDigests() {
    List<AuditEntry> rows = chain(6, 3);
    assertThat(rows.get(0).hashAlg()).isEqualTo("SHA-256");
    assertThat(rows.get(5).hashAlg()).isEqualTo("SM3");
    assertThat(rows.get(5).hash()).hasSize(64);
    Verification v = run(rows, List.of(anchor(rows.get(5))));
    assertThat(v.intact()).isTrue();
    assertThat(v.verifiedRows()).isEqualTo(6);
    assertThat(v.headHash()).isEqualTo(rows.get(5).hash());
    assertThat(v.anchoredSeq()).isEqualTo(6);
  }

  @Test
  @DisplayName("CMP-security SM3 gives the GB/T 32905 test vector for \"abc\"")
  void sm3Vector() {
    assertThat(AuditDigest.hex(AuditDigest.SM3, "abc"))
        .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
  }

  @Test
  @DisplayName("CMP-security an edited row is reported at its sequence number, whatever its digest")
  void edited() {
    List<AuditEntry> rows = new ArrayList<>(chain(6, 3));
    for (int victim : new int[] {2, 5}) {
      List<AuditEntry> copy = new ArrayList<>(rows);
      AuditEntry e = copy.get(victim - 1);
      copy.set(
          victim - 1,
          new AuditEntry(
              e.seq(),
              e.kind(),
              e.at(),
              "mallory",
              e.tenantId(),
              e.action(),
              e.target(),
              e.sourceIp(),
              e.result(),
              e.prevHash(),
              e.hash(),
              e.hashAlg()));
      Verification v = run(copy, List.of());
      assertThat(v.intact()).isFalse();
      assertThat(v.brokenAtSeq()).isEqualTo(victim);
      assertThat(v.reason()).contains("changed");
    }
  }

  @Test
  @DisplayName("CMP-security a deleted middle row is reported as the missing sequence number")
  void middleDeleted() {
    List<AuditEntry> rows = new ArrayList<>(chain(6, 0));
    rows.remove(3);
    Verification v = run(rows, List.of());
    assertThat(v.intact()).isFalse();
    assertThat(v.brokenAtSeq()).isEqualTo(4);
    assertThat(v.reason()).contains("entry 4 is missing");
  }

  @Test
  @DisplayName(
      "CMP-security deleting the newest rows is invisible to the chain alone but reported against an anchor, naming the missing range")
  void tailDeleted() {
    List<AuditEntry> rows = chain(8, 0);
    List<AuditEntry> cut = rows.subList(0, 5);
    assertThat(run(cut, List.of()).intact()).as("without an anchor").isTrue();
    Verification v = run(cut, List.of(anchor(rows.get(2)), anchor(rows.get(7))));
    assertThat(v.intact()).isFalse();
    assertThat(v.missingFrom()).isEqualTo(6);
    assertThat(v.missingTo()).isEqualTo(8);
    assertThat(v.brokenAtSeq()).isEqualTo(6);
    assertThat(v.reason()).contains("entries 6..8 are missing");
  }

  @Test
  @DisplayName(
      "CMP-security a rewritten chain (rows edited and every hash recomputed) contradicts an older anchor")
  void rewritten() {
    List<AuditEntry> rows = chain(5, 0);
    AuditAnchor atFour = anchor(rows.get(3));
    List<AuditEntry> forged = new ArrayList<>();
    String prev = AuditChain.GENESIS;
    for (AuditEntry e : rows) {
      String actor = e.seq() == 2 ? "mallory" : e.actor();
      AuditEntry f =
          new AuditEntry(
                  e.seq(),
                  e.kind(),
                  e.at(),
                  actor,
                  e.tenantId(),
                  e.action(),
                  e.target(),
                  e.sourceIp(),
                  e.result(),
                  prev,
                  null,
                  null)
              .hashedWith(AuditDigest.SM3);
      forged.add(f);
      prev = f.hash();
    }
    assertThat(run(forged, List.of()).intact()).as("the chain alone links").isTrue();
    Verification v = run(forged, List.of(atFour));
    assertThat(v.intact()).isFalse();
    assertThat(v.brokenAtSeq()).isEqualTo(4);
    assertThat(v.reason()).contains("anchor");
  }
}
