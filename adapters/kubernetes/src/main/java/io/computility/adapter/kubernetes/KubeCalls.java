package io.computility.adapter.kubernetes;

import io.computility.core.adapter.AdapterException;
import io.computility.core.adapter.Backoff;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.function.Supplier;

/**
 * Runs fabric8 calls with retries: no answer, timeouts, 5xx, 429 and refused credentials (401/403:
 * fabric8 refreshes exec / OIDC tokens on the next call) are transient; other 4xx are refusals.
 */
final class KubeCalls {
  private final Backoff backoff;

  KubeCalls(Backoff backoff) {
    this.backoff = backoff;
  }

  <T> T call(String what, Supplier<T> call) {
    return backoff.call(() -> once(what, call));
  }

  void run(String what, Runnable call) {
    call(
        what,
        () -> {
          call.run();
          return null;
        });
  }

  private static <T> T once(String what, Supplier<T> call) {
    try {
      return call.get();
    } catch (KubernetesClientException e) {
      int code = e.getCode();
      boolean transientFailure =
          code <= 0 || code >= 500 || code == 429 || code == 401 || code == 403;
      throw new AdapterException(what + ": " + describe(e), transientFailure, e);
    }
  }

  private static String describe(KubernetesClientException e) {
    String m = e.getMessage();
    Throwable c = e.getCause();
    return (e.getCode() <= 0 ? "no answer" : "HTTP " + e.getCode())
        + (m == null ? "" : " " + m)
        + (c == null ? "" : " (" + c + ")");
  }
}
