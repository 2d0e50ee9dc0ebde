package io.computility.sim.bench;

import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load side of {@code bench/chaos}: submits single-replica jobs as fast as {@code --clients}
 * concurrent requests allow, and writes the id of every job answered 201 to {@code --accepted} (one
 * per line, written before the next request is counted), so that the script can check after a
 * {@code kill -9} and restart that every accepted job still exists. Stops at {@code --jobs}, or
 * once the server has stopped answering ({@code --clients} connection failures in a row). Prints
 * one JSON line last.
 */
public final class ChaosLoad {
  private static final Pattern JOB_ID = Pattern.compile("\"jobId\":\"([^\"]+)\"");
  private static final String BODY =
      "{\"name\":\"chaos-%d\",\"tasks\":[{\"name\":\"t\",\"command\":\"sleep 3600\","
          + "\"imageId\":\"pytorch-2.3\",\"resourceSpecId\":\"cpu-1\",\"replicaNumber\":1}]}";

  private ChaosLoad() {}

  public static void main(String[] args) throws Exception {
    String url = FederationE2eBench.arg(args, "--url", "http://127.0.0.1:8080");
    String token = FederationE2eBench.arg(args, "--token", "");
    int jobs = Integer.parseInt(FederationE2eBench.arg(args, "--jobs", "1000000"));
    int clients = Integer.parseInt(FederationE2eBench.arg(args, "--clients", "32"));
    Path out = Path.of(FederationE2eBench.arg(args, "--accepted", "accepted.txt"));
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(2))
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    Semaphore inFlight = new Semaphore(clients);
    AtomicInteger failuresInRow = new AtomicInteger();
    Map<Integer, AtomicInteger> statuses = new ConcurrentSkipListMap<>();
    long t0 = System.nanoTime();
    int sent = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out)) {
      for (; sent < jobs && failuresInRow.get() < clients; sent++) {
        inFlight.acquire();
        HttpRequest r =
            HttpRequest.newBuilder(URI.create(url + "/openapi/v1/trainjob"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(String.format(Locale.ROOT, BODY, sent)))
                .build();
        http.sendAsync(r, HttpResponse.BodyHandlers.ofString())
            .whenComplete(
                (resp, e) -> {
                  int status = e != null ? -1 : resp.statusCode();
                  statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                  if (status == -1) {
                    failuresInRow.incrementAndGet();
                  } else {
                    failuresInRow.set(0);
                  }
                  if (status == 201) {
                    Matcher m = JOB_ID.matcher(resp.body());
                    if (m.find()) write(w, m.group(1));
                  }
                  inFlight.release();
                });
      }
      inFlight.acquire(clients); // every answer (or failure) is in
      inFlight.tryAcquire(0, TimeUnit.SECONDS);
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    int accepted = statuses.getOrDefault(201, new AtomicInteger()).get();
    System.out.printf(
        Locale.ROOT,
        "{\"sent\":%d,\"accepted\":%d,\"seconds\":%.2f,\"statuses\":\"%s\"}%n",
        sent,
        accepted,
        secs,
        statuses);
    System.exit(0);
  }

  private static void write(BufferedWriter w, String id) {
    synchronized (w) {
      try {
        w.write(id);
        w.newLine();
        w.flush();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
