package io.computility.agent.runtime;

import io.computility.agent.enforce.SliceGrant;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A task's state file ({@code tasks/<id>/state.properties}): pid, process start time and grant, so
 * that a re-executed agent can adopt the process (POOL-T12.22). Written atomically.
 */
final class TaskStateFile {
  private TaskStateFile() {}

  static void write(Path dir, ProcessHandle p, SliceGrant g) throws IOException {
    write(dir, p, g, dir);
  }

  /**
   * @param home the task directory the process writes to, when not {@code dir} (a task restored
   *     from a checkpoint keeps the directory it was started in)
   */
  static void write(Path dir, ProcessHandle p, SliceGrant g, Path home) throws IOException {
    Properties st = new Properties();
    if (!home.equals(dir)) st.setProperty("home", home.toString());
    st.setProperty("pid", Long.toString(p.pid()));
    st.setProperty("startedAt", p.info().startInstant().map(Object::toString).orElse("?"));
    st.setProperty("computePercent", Integer.toString(g.computePercent()));
    st.setProperty("memoryMb", Long.toString(g.memoryMb()));
    List<String> devices = new ArrayList<>();
    for (SliceGrant.GrantedDevice d : g.devices()) devices.add(d.index() + ":" + d.uuid());
    st.setProperty("devices", String.join(",", devices));
    Path tmp = dir.resolve("state.properties.tmp");
    try (Writer w = Files.newBufferedWriter(tmp)) {
      st.store(w, "computility task state");
    }
    Files.move(
        tmp,
        dir.resolve("state.properties"),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  static SliceGrant grant(String taskId, Properties st) {
    List<SliceGrant.GrantedDevice> devices = new ArrayList<>();
    String list = st.getProperty("devices", "");
    for (String d : list.isBlank() ? new String[0] : list.split(",")) {
      int colon = d.indexOf(':');
      devices.add(
          new SliceGrant.GrantedDevice(
              Integer.parseInt(d.substring(0, colon)), d.substring(colon + 1)));
    }
    return new SliceGrant(
        taskId,
        devices,
        Integer.parseInt(st.getProperty("computePercent")),
        Long.parseLong(st.getProperty("memoryMb")));
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
