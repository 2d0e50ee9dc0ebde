package io.computility.agent.remote;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The client of a slice served by another node's agent (POOL-T12.3): allocate device memory,
 * upload, run kernels, read back. A task gets the three coordinates from its environment ({@link
 * #fromEnvironment}); the controller set them when it placed the task's slice on a remote card.
 */
public final class RemoteDevice {
  public static final String ENDPOINT = "COMPUTILITY_REMOTE_ENDPOINT";
  public static final String SLICE = "COMPUTILITY_REMOTE_SLICE";
  public static final String TOKEN = "COMPUTILITY_REMOTE_TOKEN";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String token;

  public RemoteDevice(String endpoint, String slice, String token) {
    this.base = endpoint.replaceAll("/+$", "") + "/v1/slices/" + slice;
    this.token = token;
  }

  public static RemoteDevice fromEnvironment(Map<String, String> env) {
    for (String k : new String[] {ENDPOINT, SLICE, TOKEN}) {
      if (env.get(k) == null || env.get(k).isBlank()) {
        throw new IllegalArgumentException(k + " must be set (run me as a remote pool task)");
      }
    }
    return new RemoteDevice(env.get(ENDPOINT), env.get(SLICE), env.get(TOKEN));
  }

  /** The slice's limits and what it uses now, as the serving agent meters them. */
  public JsonNode info() throws IOException {
    return json(send(request("").GET()));
  }

  /** A zeroed buffer of {@code floats} float32 values; 507 when the slice's memory is full. */
  public int allocate(long floats) throws IOException {
    return json(send(post("/buffers", Map.of("floats", floats)))).path("buffer").asInt();
  }

  public void write(int buffer, float[] values) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(values);
    send(
        request("/buffers/" + buffer)
            .header("Content-Type", "application/octet-stream")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(b.array())));
  }

  public float[] read(int buffer) throws IOException {
    byte[] raw = send(request("/buffers/" + buffer).GET());
    float[] out = new float[raw.length / 4];
    ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
    return out;
  }

  public void free(int buffer) throws IOException {
    send(request("/buffers/" + buffer).DELETE());
  }

  /** {@code out[n x m] = a[n x k] · b[k x m]} on the remote slice. */
  public void matmul(int a, int b, int out, int n, int k, int m) throws IOException {
    kernel(Map.of("op", "matmul", "a", a, "b", b, "out", out, "n", n, "k", k, "m", m));
  }

  /** {@code y = alpha * x + y} on the remote slice. */
  public void axpy(float alpha, int x, int y) throws IOException {
    kernel(Map.of("op", "axpy", "alpha", alpha, "x", x, "y", y));
  }

  /** The sum of a remote buffer, computed remotely. */
  public double sum(int x) throws IOException {
    return kernel(Map.of("op", "sum", "x", x)).path("value").asDouble();
  }

  private JsonNode kernel(Map<String, Object> call) throws IOException {
    return json(send(post("/kernels", call)));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + token);
  }

  private HttpRequest.Builder post(String path, Object body) {
    return request(path)
        .header("Content-Type", "application/json")
        .POST(
            HttpRequest.BodyPublishers.ofByteArray(
                RemoteDeviceServer.JSON.writeValueAsBytes(body)));
  }

  private byte[] send(HttpRequest.Builder req) throws IOException {
    HttpResponse<byte[]> res;
    try {
      res = http.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (res.statusCode() / 100 != 2) {
      String message = new String(res.body(), java.nio.charset.StandardCharsets.UTF_8);
      try {
        message = RemoteDeviceServer.JSON.readTree(res.body()).path("error").asText(message);
      } catch (RuntimeException notJson) {
        // keep the raw body
      }
      throw new RemoteCallException(res.statusCode(), message);
    }
    return res.body();
  }

  private static JsonNode json(byte[] raw) {
    return RemoteDeviceServer.JSON.readTree(raw);
  }
}
