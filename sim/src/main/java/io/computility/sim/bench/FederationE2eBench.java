package io.computility.sim.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * End-to-end federation benchmark against a running server: many clients submit single-replica jobs
 * through the JC API, then the server's JC-6.7 metrics give scheduling time T (p50/p99) and
 * throughput from receipt to dispatch. Prints one JSON line last.
 */
public final class FederationE2eBench {
  private static final String BODY =
      "{\"name\":\"bench-%d\",\"tasks\":[{\"name\":\"t\",\"command\":\"sleep 3600\","
          + "\"imageId\":\"pytorch-2.3\",\"resourceSpecId\":\"cpu-1\",\"replicaNumber\":1}]}";

  /** Bearer token sent with every request (--token); the server protects every endpoint. */
  private static String token = "";

  private FederationE2eBench() {}

  public static void main(String[] args) throws Exception {
    String url = arg(args, "--url", "http://127.0.0.1:8080");
    token = arg(args, "--token", System.getenv().getOrDefault("COMPUTILITY_TOKEN", ""));
    int jobs = Integer.parseInt(arg(args, "--jobs", "20000"));
    int clients = Integer.parseInt(arg(args, "--clients", "32"));
    double rate =
        Double.parseDouble(arg(args, "--rate", "0")); // offered jobs/s; 0: as fast as possible
    HttpClient http =
        HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();
    warmUp(http, url, 500);
    Instant since = Instant.now();
    AtomicInteger next = new AtomicInteger(), failed = new AtomicInteger();
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      pool.execute(
          () -> {
            for (int i = next.getAndIncrement(); i < jobs; i = next.getAndIncrement()) {
              if (rate > 0) pace(t0 + (long) (i * 1e9 / rate));
              if (submit(http, url, i) != 201) failed.incrementAndGet();
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(30, TimeUnit.MINUTES);
    double submitSeconds = (System.nanoTime() - t0) / 1e9;
    String metrics = awaitDispatched(http, url, since, jobs - failed.get());
    double p50 = number(metrics, "p50Millis"), p99 = number(metrics, "p99Millis");
    double throughput = number(metrics, "throughputPerSecond");
    System.out.printf(
        Locale.ROOT,
        "submitted %d jobs in %.2f s (%d failed), %d clients%n",
        jobs,
        submitSeconds,
        failed.get(),
        clients);
    System.out.printf(
        Locale.ROOT,
        "scheduling time T p50 %.1f ms, p99 %.1f ms; %.0f jobs/s receipt to dispatch%n",
        p50,
        p99,
        throughput);
    System.out.printf(
        Locale.ROOT,
        "{\"bench\":\"federation-e2e\",\"jobs\":%d,\"clients\":%d,\"offeredPerSec\":%.0f,"
            + "\"failed\":%d,\"submitPerSec\":%.0f,"
            + "\"jobsPerSec\":%.0f,\"p50Ms\":%.1f,\"p99Ms\":%.1f}%n",
        jobs,
        clients,
        failed.get(),
        jobs / submitSeconds,
        throughput,
        p50,
        p99);
  }

  private static void pace(long dueNanos) {
    long wait = dueNanos - System.nanoTime();
    if (wait > 0) java.util.concurrent.locks.LockSupport.parkNanos(wait);
  }

  private static void warmUp(HttpClient http, String url, int n) throws Exception {
    for (int i = 0; i < n; i++) submit(http, url, -1 - i);
    Thread.sleep(2000);
  }

  private static int submit(HttpClient http, String url, int i) {
    try {
      HttpRequest r =
          HttpRequest.newBuilder(URI.create(url + "/openapi/v1/trainjob"))
              .header("Content-Type", "application/json")
              .header("Authorization", "Bearer " + token)
              .POST(HttpRequest.BodyPublishers.ofString(String.format(Locale.ROOT, BODY, i)))
              .build();
      return http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      return -1;
    }
  }

  private static String awaitDispatched(HttpClient http, String url, Instant since, int expected)
      throws Exception {
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

  private static double number(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\":([-0-9.eE]+)").matcher(json);
    if (!m.find()) throw new IllegalStateException(field + " missing in " + json);
    return Double.parseDouble(m.group(1));
  }

  private static String arg(String[] args, String name, String dflt) {
    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return args[i + 1];
    return dflt;
  }
}
