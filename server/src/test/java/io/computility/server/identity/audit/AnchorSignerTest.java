package io.computility.server.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.shared.config.ComputilityProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The SM2 anchor key: created once, owner-only, reloaded after a restart, signatures checked. */
@DisplayName("CMP-security SM2 anchor signatures")
class AnchorSignerTest {
  @TempDir Path data;

  ComputilityProperties props() {
    return new Binder(new MapConfigurationPropertySource(Map.of("computility.data-dir", data)))
        .bindOrCreate("computility", ComputilityProperties.class);
  }

  @Test
  @DisplayName(
      "CMP-security an anchor signed before a restart verifies with the reloaded key; any change to it does not")
  void signReloadVerify() throws Exception {
    AnchorSigner first = new AnchorSigner(props());
    Path key = data.resolve("audit/anchor-sm2.key");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
        .isEqualTo("rw-------");
    AuditAnchor a = first.sign(42, "ab".repeat(32), Instant.parse("2026-11-24T04:00:00Z"));
    assertThat(first.problem(a)).isNull();

    AnchorSigner restarted = new AnchorSigner(props());
    assertThat(restarted.keyId()).isEqualTo(first.keyId());
    assertThat(restarted.problem(a)).isNull();
    assertThat(restarted.problem(AuditAnchor.parse(a.line()))).as("via the file line").isNull();

    AuditAnchor moved = new AuditAnchor(43, a.headHash(), a.at(), a.keyId(), a.signature());
    assertThat(restarted.problem(moved)).isEqualTo("signature is invalid");
    AuditAnchor otherHead = new AuditAnchor(42, "cd".repeat(32), a.at(), a.keyId(), a.signature());
    assertThat(restarted.problem(otherHead)).isEqualTo("signature is invalid");
    AuditAnchor garbage = new AuditAnchor(42, a.headHash(), a.at(), a.keyId(), "!!");
    assertThat(restarted.problem(garbage)).isEqualTo("signature is unreadable");
  }
}
