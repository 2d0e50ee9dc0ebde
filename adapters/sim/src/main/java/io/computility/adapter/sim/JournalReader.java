package io.computility.adapter.sim;

import io.computility.core.adapter.ReplicaKey;
import io.computility.core.adapter.ReplicaLaunch;
import io.computility.core.job.JobStatus;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Replays a {@link SimJournal} file into one {@link JournalRecord} per submitted replica. */
final class JournalReader {
  private static final Logger log = LoggerFactory.getLogger(JournalReader.class);

  private JournalReader() {}

  static List<JournalRecord> read(Path file) throws IOException {
    if (!Files.exists(file)) return List.of();
    byte[] bytes = Files.readAllBytes(file);
    int complete = lastNewline(bytes) + 1;
    if (complete < bytes.length) {
      log.warn("{}: dropping a truncated last line of {} bytes", file, bytes.length - complete);
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
        ch.truncate(complete);
        ch.force(false);
      }
    }
    String text = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, 0, complete)).toString();
    Map<ReplicaKey, JournalRecord> byKey = new LinkedHashMap<>();
    int n = 0;
    for (String line : text.split("\n")) {
      n++;
      if (line.isEmpty()) continue;
      try {
        apply(JournalCodec.fields(line), byKey);
      } catch (RuntimeException e) {
        log.warn("{}:{}: skipping unreadable journal line: {}", file, n, e.getMessage());
      }
    }
    return new ArrayList<>(byKey.values());
  }

  private static int lastNewline(byte[] bytes) {
    for (int i = bytes.length - 1; i >= 0; i--) if (bytes[i] == '\n') return i;
    return -1;
  }

  private static void apply(List<String> f, Map<ReplicaKey, JournalRecord> byKey) {
    ReplicaKey key = ReplicaKey.parse(f.get(1));
    switch (f.get(0)) {
      case "S" -> byKey.putIfAbsent(key, submit(key, f));
      case "R" -> {
        JournalRecord r = known(byKey, key);
        r.startedAt = Instant.ofEpochMilli(Long.parseLong(f.get(2)));
        r.runWallMs = Long.parseLong(f.get(3));
      }
      case "E" -> {
        JournalRecord r = known(byKey, key);
        r.endStatus = JobStatus.valueOf(f.get(2));
        r.finishedAt = Instant.ofEpochMilli(Long.parseLong(f.get(3)));
        r.message = f.get(4);
      }
      default -> throw new IllegalArgumentException("unknown record type " + f.get(0));
    }
  }

  private static JournalRecord submit(ReplicaKey key, List<String> f) {
    if (f.size() < 12 || f.size() % 2 != 0) {
      throw new IllegalArgumentException("submit line has " + f.size() + " fields");
    }
    Map<String, String> env = new HashMap<>();
    for (int i = 12; i < f.size(); i += 2) env.put(f.get(i), f.get(i + 1));
    ReplicaLaunch launch =
        new ReplicaLaunch(
            key, f.get(4), f.get(5), f.get(6), f.get(7), JournalCodec.resources(f.get(8)), env);
    RunPlan plan = new RunPlan(Long.parseLong(f.get(9)), Integer.parseInt(f.get(10)), f.get(11));
    return new JournalRecord(
        launch, f.get(3), Instant.ofEpochMilli(Long.parseLong(f.get(2))), plan);
  }

  private static JournalRecord known(Map<ReplicaKey, JournalRecord> byKey, ReplicaKey key) {
    JournalRecord r = byKey.get(key);
    if (r == null) throw new IllegalArgumentException("no submit recorded for " + key.asString());
    return r;
  }
}
