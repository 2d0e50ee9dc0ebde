package io.computility.adapter.sim;

import io.computility.core.adapter.ReplicaLaunch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only journal that lets a simulated center survive a kill of its host process. One file
 * per center in a directory, one {@link JournalCodec tab-separated} line per state change:
 *
 * <pre>
 * S key submittedMs externalId taskName command imageId specId resources simMillis exitCode
 *   outcome [envKey envValue]...     submit; forced to disk before submit returns
 * R key startedMs runWallMs          the replica started and runs runWallMs wall-clock ms
 * E key STATUS finishedMs message    the replica ended
 * </pre>
 *
 * A truncated last line (the process died mid-write) is cut off when the journal opens.
 */
public final class SimJournal implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SimJournal.class);

  private final Path file;
  private final List<JournalRecord> recovered;
  private final FileChannel channel;

  private SimJournal(Path file) throws IOException {
    this.file = file;
    this.recovered = JournalReader.read(file);
    this.channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
  }

  /** Opens (creating if needed) the journal of {@code centerId} in {@code directory}. */
  public static SimJournal open(Path directory, String centerId) {
    try {
      Files.createDirectories(directory);
      String name = URLEncoder.encode(centerId, StandardCharsets.UTF_8) + ".journal";
      return new SimJournal(directory.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open sim journal in " + directory, e);
    }
  }

  public Path file() {
    return file;
  }

  /** The replicas the journal held when it was opened, in submit order. */
  List<JournalRecord> recovered() {
    return recovered;
  }

  void submitted(Replica r) throws IOException {
    ReplicaLaunch l = r.launch;
    List<String> f =
        new ArrayList<>(
            Arrays.asList(
                "S",
                l.key().asString(),
                Long.toString(r.submittedAt.toEpochMilli()),
                r.externalId,
                l.taskName(),
                l.command(),
                l.imageId(),
                l.resourceSpecId(),
                JournalCodec.resources(l.resources()),
                Long.toString(r.plan.simMillis()),
                Integer.toString(r.plan.exitCode()),
                r.plan.outcome()));
    for (Map.Entry<String, String> e : l.env().entrySet()) {
      f.add(e.getKey());
      f.add(e.getValue());
    }
    append(JournalCodec.line(f), true);
  }

  void started(Replica r) throws IOException {
    String ms = Long.toString(r.startedAt.toEpochMilli());
    List<String> f = List.of("R", r.key().asString(), ms, Long.toString(r.runWallMs));
    append(JournalCodec.line(f), false);
  }

  void ended(Replica r) throws IOException {
    String ms = Long.toString(r.finishedAt.toEpochMilli());
    append(
        JournalCodec.line(Arrays.asList("E", r.key().asString(), r.status.name(), ms, r.message)),
        false);
  }

  private synchronized void append(String line, boolean force) throws IOException {
    ByteBuffer buf = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
    while (buf.hasRemaining()) channel.write(buf);
    if (force) channel.force(false);
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      log.warn("closing sim journal {} failed", file, e);
    }
  }
}
