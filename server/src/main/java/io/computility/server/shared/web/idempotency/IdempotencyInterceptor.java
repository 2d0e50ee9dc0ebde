package io.computility.server.shared.web.idempotency;

import io.computility.server.shared.web.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.WebUtils;

/**
 * For handlers marked {@link Idempotent} and requests with an {@code Idempotency-Key}: claims the
 * key, or answers a repeat with the first answer (docs/api.md). A repeat while the first request
 * still runs waits for its answer up to {@code computility.idempotency.wait}, then gets 409 with
 * Retry-After. {@link IdempotencyFilter} stores the answer once the handler is done.
 */
@Component
public class IdempotencyInterceptor implements HandlerInterceptor {
  public static final String HEADER = "Idempotency-Key";
  static final String CLAIM = IdempotencyInterceptor.class.getName() + ".claim";

  /** A key this request holds: the filter stores its answer or frees it. */
  record Claim(String scope, String key) {}

  private final IdempotencyStore store;
  private final Duration ttl;
  private final Duration wait;

  public IdempotencyInterceptor(
      IdempotencyStore store,
      @Value("${computility.idempotency.ttl:24h}") Duration ttl,
      @Value("${computility.idempotency.wait:10s}") Duration wait) {
    this.store = store;
    this.ttl = ttl;
    this.wait = wait;
  }

  @Override
  public boolean preHandle(HttpServletRequest req, HttpServletResponse res, Object handler)
      throws IOException {
    String key = req.getHeader(HEADER);
    if (key == null
        || !(handler instanceof HandlerMethod m)
        || !m.hasMethodAnnotation(Idempotent.class)) {
      return true;
    }
    if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      return refuse(res, 400, "INVALID_ARGUMENT", HEADER + " must be 1 to 255 visible ASCII");
    }
    CachedBodyRequest cached = WebUtils.getNativeRequest(req, CachedBodyRequest.class);
    if (cached == null) return true; // not wrapped by the filter: nothing to compare
    Caller me = Caller.current().orElse(null);
    if (me == null) return true; // keys are per caller: an anonymous request has none to share
    String scope = me.tenantId() + "/" + me.userId();
    String hash = hash(req, cached.body());
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      if (store.reserve(scope, key, hash, ttl)) {
        req.setAttribute(CLAIM, new Claim(scope, key));
        return true;
      }
      Optional<IdempotencyStore.Entry> e = store.find(scope, key);
      if (e.isEmpty()) continue; // freed in between: claim it
      if (!e.get().requestHash().equals(hash)) {
        return refuse(
            res, 422, "IDEMPOTENCY_KEY_REUSED", HEADER + " was used for a different request");
      }
      if (!e.get().pending()) return replay(res, e.get());
      if (e.get().abandoned(store.now())) {
        return refuse(
            res,
            409,
            "IDEMPOTENCY_KEY_INTERRUPTED",
            "the first request with this " + HEADER + " was cut off; its outcome is unknown");
      }
      if (System.nanoTime() > deadline) {
        res.setHeader("Retry-After", "1");
        return refuse(
            res, 409, "IDEMPOTENCY_KEY_IN_FLIGHT", "a request with this " + HEADER + " still runs");
      }
      try {
        Thread.sleep(25); // the first request usually answers within milliseconds
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        return refuse(res, 409, "IDEMPOTENCY_KEY_IN_FLIGHT", "interrupted while waiting");
      }
    }
  }

  private static boolean replay(HttpServletResponse res, IdempotencyStore.Entry e)
      throws IOException {
    res.setStatus(e.status());
    if (e.contentType() != null) res.setContentType(e.contentType());
    res.setHeader("Idempotent-Replayed", "true");
    if (e.body() != null) res.getOutputStream().write(e.body());
    return false;
  }

  private static boolean refuse(HttpServletResponse res, int status, String code, String msg)
      throws IOException {
    res.setStatus(status);
    res.setContentType("application/json");
    res.getOutputStream()
        .write(
            ("{\"status\":"
                    + status
                    + ",\"code\":\""
                    + code
                    + "\",\"errorMsg\":\""
                    + msg
                    + "\",\"data\":null}")
                .getBytes(StandardCharsets.UTF_8));
    return false;
  }

  /** The method, path and body: the same key with another of them is another request. */
  private static String hash(HttpServletRequest req, byte[] body) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(
          (req.getMethod() + " " + req.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
      d.update(body);
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
