package io.computility.server.identity.audit;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.server.shared.config.ComputilityProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Where anchors are kept: the {@code audit_anchor} table, an append-only file outside the database
 * (one line per anchor, forced to disk) and the server log. Deleting the newest audit rows together
 * with the anchors that cover them then needs write access to both the database and the file.
 */
@Repository
public class AnchorStore {
  private static final Logger LOG = LoggerFactory.getLogger(AnchorStore.class);

  private final JdbcTemplate jdbc;
  private final Path file;

  public AnchorStore(JdbcTemplate jdbc, ComputilityProperties props) {
    this.jdbc = jdbc;
    ComputilityProperties.Audit a = props.security().audit();
    this.file =
        a.anchorFile() != null ? a.anchorFile() : props.dataDir().resolve("audit/anchors.log");
  }

  public Path file() {
    return file;
  }

  /** Records an anchor in the file first (outside the database), then in the table. */
  void record(AuditAnchor a) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (FileChannel ch =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.APPEND,
              StandardOpenOption.WRITE)) {
        ch.write(java.nio.ByteBuffer.wrap((a.line() + "\n").getBytes(StandardCharsets.UTF_8)));
        ch.force(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the audit anchor file " + file, e);
    }
    jdbc.update(
        "insert into audit_anchor (seq, head_hash, at, key_id, signature) values (?,?,?,?,?)"
            + " on conflict do nothing",
        a.seq(),
        a.headHash(),
        ts(a.at()),
        a.keyId(),
        a.signature());
    LOG.info("audit anchor {}", a.line());
  }

  /** The highest anchored sequence number in either place; 0 when none. */
  long latestSeq() {
    Long db = jdbc.queryForObject("select coalesce(max(seq), 0) from audit_anchor", Long.class);
    long inFile = fromFile(new ArrayList<>()).stream().mapToLong(AuditAnchor::seq).max().orElse(0);
    return Math.max(db == null ? 0 : db, inFile);
  }

  List<AuditAnchor> fromDatabase() {
    return jdbc.query(
        "select * from audit_anchor order by seq",
        (rs, i) ->
            new AuditAnchor(
                rs.getLong("seq"),
                rs.getString("head_hash"),
                instant(rs, "at"),
                rs.getString("key_id"),
                rs.getString("signature")));
  }

  /** Anchors in the file; lines that cannot be read are described in {@code problems}. */
  List<AuditAnchor> fromFile(List<String> problems) {
    if (!Files.exists(file)) return List.of();
    List<AuditAnchor> out = new ArrayList<>();
    try {
      int n = 0;
      for (String line : Files.readAllLines(file)) {
        n++;
        if (line.isBlank()) continue;
        try {
          out.add(AuditAnchor.parse(line));
        } catch (IllegalArgumentException e) {
          problems.add("anchor file " + file + " line " + n + " is unreadable");
        }
      }
    } catch (IOException e) {
      problems.add("anchor file " + file + " cannot be read: " + e.getMessage());
    }
    return out;
  }
}
