package io.computility.agent.workload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** SliceWorkload started as a real JVM process, its output lines collected as they come. */
final class WorkloadProcess implements AutoCloseable {

  final Process process;
  final List<String> out = new CopyOnWriteArrayList<>();
  final List<String> err = new CopyOnWriteArrayList<>();
  private final List<Thread> readers = new ArrayList<>();

  private WorkloadProcess(Process process) {
    this.process = process;
    readers.add(collect(process.getInputStream(), out));
    readers.add(collect(process.getErrorStream(), err));
  }

  static WorkloadProcess start(Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp"));
    command.add(Path.of("target", "classes").toAbsolutePath().toString());
    command.add(SliceWorkload.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(k -> k.startsWith("COMPUTILITY_VGPU_"));
    builder.environment().putAll(env);
    return new WorkloadProcess(builder.start());
  }

  int waitForExit() throws InterruptedException {
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      throw new AssertionError("workload did not exit; output " + out + " " + err);
    }
    for (Thread reader : readers) {
      reader.join(10_000); // everything it printed is collected before the caller looks
    }
    return process.exitValue();
  }

  boolean printed(String fragment) {
    return out.stream().anyMatch(line -> line.contains(fragment));
  }

  private static Thread collect(java.io.InputStream stream, List<String> lines) {
    Thread reader =
        new Thread(
            () -> {
              try (var in =
                  new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                  lines.add(line);
                }
              } catch (IOException ignored) {
                // the process is gone
              }
            });
    reader.setDaemon(true);
    reader.start();
    return reader;
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
