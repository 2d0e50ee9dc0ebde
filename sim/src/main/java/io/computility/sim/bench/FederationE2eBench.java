package io.computility.sim.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * End-to-end federation benchmark against a running server: {@code --clients} concurrent
 * submissions of single-replica jobs through the JC API, then the server's JC-6.7 metrics give
 * scheduling time T (p50/p99) and throughput from receipt to dispatch. The client is cheap on
 * purpose (it shares the machine with the server): asynchronous requests on one reused HTTP/1.1
 * connection pool and two threads, at most {@code --clients} in flight; it reports its own CPU
 * share and, given {@code --server-pid}, the server's peak RSS. Prints one JSON line last.
 */
public final class FederationE2eBench {
  private static final String BODY =
      "{\"name\":\"bench-%d\",\"tasks\":[{\"name\":\"t\",\"command\":\"sleep 3600\","
          + "\"imageId\":\"pytorch-2.3\",\"resourceSpecId\":\"cpu-1\",\"replicaNumber\":1}]}";

  private FederationE2eBench() {}

  public static void main(String[] args) throws Exception {
    String url = arg(args, "--url", "http://127.0.0.1:8080");
    String token = arg(args, "--token", System.getenv().getOrDefault("COMPUTILITY_TOKEN", ""));
    int jobs = Integer.parseInt(arg(args, "--jobs", "20000"));
    int clients = Integer.parseInt(arg(args, "--clients", "32"));
    double rate = Double.parseDouble(arg(args, "--rate", "0")); // jobs/s; 0: as fast as possible
    long serverPid = Long.parseLong(arg(args, "--server-pid", "0"));
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(2))
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    Submitter submitter = new Submitter(http, url, token);
    for (int i = 0; i < 200; i++) submitter.send(-1 - i).join(); // warm-up, not measured
    Instant since = Instant.now();
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    Semaphore inFlight = new Semaphore(clients);
    CountDownLatch done = new CountDownLatch(jobs);
    Map<Integer, AtomicInteger> statuses = new ConcurrentSkipListMap<>();
    AtomicLong peakRss = new AtomicLong(rssKb(serverPid, "VmRSS"));
    for (int i = 0; i < jobs; i++) {
      if (rate > 0) pace(t0 + (long) (i * 1e9 / rate));
      inFlight.acquire();
      if (i % 500 == 0) peakRss.accumulateAndGet(rssKb(serverPid, "VmRSS"), Math::max);
      submitter
          .send(i)
          .whenComplete(
              (status, e) -> {
                int s = e != null ? -1 : status;
                statuses.computeIfAbsent(s, k -> new AtomicInteger()).incrementAndGet();
                inFlight.release();
                done.countDown();
              });
    }
    done.await(30, TimeUnit.MINUTES);
    double submitSeconds = (System.nanoTime() - t0) / 1e9;
    double clientCpu = (processCpuNanos() - cpu0) / 1e9;
    int accepted = statuses.getOrDefault(201, new AtomicInteger()).get();
    int failed = jobs - accepted;
    int serverErrors = 0;
    for (Map.Entry<Integer, AtomicInteger> e : statuses.entrySet()) {
      if (e.getKey() >= 500 || e.getKey() < 0) serverErrors += e.getValue().get();
    }
    String metrics = awaitDispatched(http, url, token, since, accepted);
    double p50 = number(metrics, "p50Millis"), p99 = number(metrics, "p99Millis");
    double throughput = number(metrics, "throughputPerSecond");
    long hwm = rssKb(serverPid, "VmHWM");
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(
        Locale.ROOT,
        "submitted %d jobs in %.2f s (%d failed, statuses %s), %d clients; client CPU %.1f s%n",
        jobs,
        submitSeconds,
        failed,
        statuses,
        clients,
        clientCpu);
    System.out.printf(
        Locale.ROOT,
        "scheduling time T p50 %.1f ms, p99 %.1f ms; %.0f jobs/s receipt to dispatch%n",
        p50,
        p99,
        throughput);
    System.out.printf(
        Locale.ROOT,
        "{\"bench\":\"federation-e2e\",\"jobs\":%d,\"clients\":%d,\"offeredPerSec\":%.0f,"
            + "\"failed\":%d,\"serverErrors\":%d,\"submitPerSec\":%.0f,"
            + "\"jobsPerSec\":%.0f,\"p50Ms\":%.1f,\"p99Ms\":%.1f,"
            + "\"clientCpuSeconds\":%.2f,\"clientCpuShare\":%.3f,"
            + "\"serverRssMb\":%d,\"serverPeakRssMb\":%d}%n",
        jobs,
        clients,
        rate,
        failed,
        serverErrors,
        jobs / submitSeconds,
        throughput,
        p50,
        p99,
        clientCpu,
        clientCpu / (submitSeconds * cores),
        Math.max(peakRss.get(), 0) / 1024,
        hwm / 1024);
  }

  /** Submits job {@code i} asynchronously; completes with the HTTP status. */
  private record Submitter(HttpClient http, String url, String token) {
    java.util.concurrent.CompletableFuture<Integer> send(int i) {
      HttpRequest r =
          HttpRequest.newBuilder(URI.create(url + "/openapi/v1/trainjob"))
              .header("Content-Type", "application/json")
              .header("Authorization", "Bearer " + token)
              .timeout(Duration.ofSeconds(120))
              .POST(HttpRequest.BodyPublishers.ofString(String.format(Locale.ROOT, BODY, i)))
              .build();
      return http.sendAsync(r, HttpResponse.BodyHandlers.discarding())
          .thenApply(HttpResponse::statusCode);
    }
  }

  /** This process's CPU time so far (user + system), ns. */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  /** A {@code /proc/PID/status} size field in kB (VmRSS, VmHWM), or -1 when unknown. */
  static long rssKb(long pid, String field) {
    if (pid <= 0) return -1;
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (Exception e) {
      return -1;
    }
    return -1;
  }

  private static void pace(long dueNanos) {
    long wait = dueNanos - System.nanoTime();
    if (wait > 0) java.util.concurrent.locks.LockSupport.parkNanos(wait);
  }

  private static String awaitDispatched(
      HttpClient http, String url, String token, Instant since, int expected) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    String body = "";
    while (System.nanoTime() < deadline) {
      HttpRequest r =
          HttpRequest.newBuilder(URI.create(url + "/api/v1/scheduling/metrics?since=" + since))
              .header("Authorization", "Bearer " + token)
              .build();
      body = http.send(r, HttpResponse.BodyHandlers.ofString()).body();
      if (number(body, "dispatched") >= expected) return body;
      Thread.sleep(500);
    }
    throw new IllegalStateException("jobs not all dispatched in time: " + body);
  }

  static double number(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\":([-0-9.eE]+)").matcher(json);
    if (!m.find()) throw new IllegalStateException(field + " missing in " + json);
    return Double.parseDouble(m.group(1));
  }

  static String arg(String[] args, String name, String dflt) {
    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return args[i + 1];
    return dflt;
  }
}
