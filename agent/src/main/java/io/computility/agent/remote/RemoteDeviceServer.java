package io.computility.agent.remote;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves this node's granted slices to tasks on other nodes (POOL-T12.3): Computility's own small
 * HTTP protocol, see {@link RemoteDevice} for the client. Every request names a slice and carries
 * that slice's token ({@code Authorization: Bearer}); a wrong one is refused with 401. Buffers are
 * sent and read as raw little-endian float32; everything else is JSON. This is not CUDA API
 * remoting: only clients of this protocol can use it.
 */
public final class RemoteDeviceServer implements AutoCloseable {
  static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpServer http;
  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private final Map<String, RemoteSlice> slices = new ConcurrentHashMap<>();
  private final String endpoint;

  private RemoteDeviceServer(HttpServer http, String advertiseHost) {
    this.http = http;
    this.endpoint = "http://" + advertiseHost + ":" + http.getAddress().getPort();
    http.createContext("/v1/slices/", this::handle);
    http.setExecutor(pool);
    http.start();
  }

  /** Listens on {@code host:port} (port 0: any free one); clients are told {@code advertise}. */
  public static RemoteDeviceServer start(String host, int port, String advertise)
      throws IOException {
    return new RemoteDeviceServer(
        HttpServer.create(new InetSocketAddress(host, port), 64), advertise);
  }

  /** The base URL clients use. */
  public String endpoint() {
    return endpoint;
  }

  public void serve(RemoteSlice slice) {
    slices.put(slice.taskId, slice);
  }

  /** Stops serving a slice and frees its memory. */
  public void end(String taskId) {
    RemoteSlice s = slices.remove(taskId);
    if (s != null) s.release();
  }

  @Override
  public void close() {
    http.stop(0);
    pool.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    try {
      String[] parts = ex.getRequestURI().getPath().substring("/v1/slices/".length()).split("/");
      RemoteSlice slice = slices.get(parts[0]);
      if (slice == null) {
        error(ex, 404, "no slice " + parts[0] + " is served here");
        return;
      }
      String auth = ex.getRequestHeaders().getFirst("Authorization");
      if (auth == null || !auth.startsWith("Bearer ") || !slice.admits(auth.substring(7))) {
        error(ex, 401, "bad or missing slice token");
        return;
      }
      route(ex, slice, parts);
    } catch (DeviceOutOfMemoryException e) {
      error(ex, 507, e.getMessage());
    } catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
      error(ex, 400, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error(ex, 503, "server stopping");
    } catch (RuntimeException e) {
      error(ex, 500, e.toString());
    } finally {
      ex.close();
    }
  }

  private void route(HttpExchange ex, RemoteSlice slice, String[] parts)
      throws IOException, DeviceOutOfMemoryException, InterruptedException {
    String method = ex.getRequestMethod();
    if (parts.length == 1 && method.equals("GET")) {
      json(
          ex,
          200,
          Map.of(
              "computePercent", slice.computePercent(),
              "memoryMb", slice.memoryMb(),
              "usedMemoryMb", slice.usedMemoryMb(),
              "busyPercent", slice.busyPercent(),
              "busyNs", slice.totalBusyNs()));
    } else if (parts.length == 2 && parts[1].equals("buffers") && method.equals("POST")) {
      long floats = body(ex).path("floats").asLong(-1);
      json(ex, 201, Map.of("buffer", slice.allocate(floats)));
    } else if (parts.length == 3 && parts[1].equals("buffers")) {
      int handle = Integer.parseInt(parts[2]);
      switch (method) {
        case "PUT" -> write(ex, slice.buffer(handle));
        case "GET" -> read(ex, slice.buffer(handle));
        case "DELETE" -> {
          slice.free(handle);
          ex.sendResponseHeaders(204, -1);
        }
        default -> error(ex, 405, method + " not allowed on a buffer");
      }
    } else if (parts.length == 2 && parts[1].equals("kernels") && method.equals("POST")) {
      JsonNode k = body(ex);
      long before = slice.totalBusyNs();
      Double value = slice.execute(() -> KernelCall.run(slice, k));
      var answer = new java.util.LinkedHashMap<String, Object>();
      answer.put("busyNs", slice.totalBusyNs() - before);
      if (value != null) answer.put("value", value);
      json(ex, 200, answer);
    } else {
      error(ex, 404, "no such call: " + method + " " + ex.getRequestURI().getPath());
    }
  }

  private static JsonNode body(HttpExchange ex) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      return JSON.readTree(in.readAllBytes());
    }
  }

  private static void write(HttpExchange ex, float[] target) throws IOException {
    byte[] raw;
    try (InputStream in = ex.getRequestBody()) {
      raw = in.readAllBytes();
    }
    if (raw.length % 4 != 0 || raw.length / 4 > target.length) {
      throw new IllegalArgumentException(
          "body must be at most " + target.length + " little-endian float32 values");
    }
    ByteBuffer.wrap(raw)
        .order(ByteOrder.LITTLE_ENDIAN)
        .asFloatBuffer()
        .get(target, 0, raw.length / 4);
    ex.sendResponseHeaders(204, -1);
  }

  private static void read(HttpExchange ex, float[] source) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(source.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(source);
    ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
    ex.sendResponseHeaders(200, b.capacity());
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b.array());
    }
  }

  private static void json(HttpExchange ex, int status, Object body) throws IOException {
    byte[] raw = JSON.writeValueAsBytes(body);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(status, raw.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(raw);
    }
  }

  private static void error(HttpExchange ex, int status, String message) throws IOException {
    json(ex, status, Map.of("error", message == null ? "error" : message));
  }
}
