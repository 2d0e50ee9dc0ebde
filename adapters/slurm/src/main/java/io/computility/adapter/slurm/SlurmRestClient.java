package io.computility.adapter.slurm;

import io.computility.core.adapter.AdapterException;
import io.computility.core.adapter.Backoff;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * slurmrestd over HTTP with JWT headers. Timeouts, connection failures, 5xx and refused tokens are
 * retried with exponential backoff (a refused token is minted again first); what still fails after
 * the last attempt becomes an {@link AdapterException}.
 */
final class SlurmRestClient {
  private static final Logger log = LoggerFactory.getLogger(SlurmRestClient.class);
  private final HttpClient http;
  private final String base;
  private final String user;
  private final TokenSource tokens;
  private final Backoff backoff;
  private final Duration timeout;

  SlurmRestClient(SlurmConfig c, TokenSource tokens) {
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(c.requestTimeout())
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    String url = c.restUrl().toString().replaceAll("/+$", "");
    this.base = url + "/slurm/" + (c.apiVersion() == null ? "v0.0.38" : c.apiVersion());
    this.user = c.user();
    this.tokens = tokens;
    this.backoff = c.backoff();
    this.timeout = c.requestTimeout();
  }

  SlurmReply get(String path) {
    return call("GET", path, null);
  }

  SlurmReply post(String path, JsonNode body) {
    return call("POST", path, body);
  }

  SlurmReply delete(String path) {
    return call("DELETE", path, null);
  }

  private SlurmReply call(String method, String path, JsonNode body) {
    return backoff.call(() -> once(method, path, body));
  }

  /** One attempt; what is worth retrying is thrown as a transient {@link AdapterException}. */
  private SlurmReply once(String method, String path, JsonNode body) {
    String what = method + " " + path;
    try {
      HttpResponse<String> r = http.send(request(method, path, body), bodyHandler());
      SlurmReply reply = SlurmReply.parse(r.statusCode(), r.body());
      if (reply.authFailure()) tokens.invalidate();
      if (reply.transientFailure()) {
        log.debug("{} failed, may retry: {}", what, reply.describeErrors());
        throw new AdapterException(what + ": " + reply.describeErrors(), true);
      }
      if (r.statusCode() >= 400 && r.statusCode() < 500)
        throw new AdapterException(what + ": " + reply.describeErrors(), false);
      return reply;
    } catch (HttpTimeoutException e) {
      throw new AdapterException(what + ": timed out after " + timeout, true, e);
    } catch (IOException e) {
      throw new AdapterException(what + ": " + e, true, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AdapterException(what + ": interrupted", true, e);
    }
  }

  private HttpRequest request(String method, String path, JsonNode body) {
    HttpRequest.BodyPublisher pub =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(SlurmReply.JSON.writeValueAsString(body));
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(timeout)
        .header("X-SLURM-USER-NAME", user)
        .header("X-SLURM-USER-TOKEN", tokens.token())
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .method(method, pub)
        .build();
  }

  private static HttpResponse.BodyHandler<String> bodyHandler() {
    return HttpResponse.BodyHandlers.ofString();
  }
}
