package io.computility.server.shared.web.limits;

import io.computility.server.shared.web.Caller;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A token bucket per tenant (Bucket4j) in front of the submission endpoints: one tenant's burst
 * cannot starve the scheduler and the database for the others. Over the limit answers 429 with
 * Retry-After and the limit named. Buckets live in memory, one per tenant (tenants are few).
 */
public class SubmissionRateLimiter implements HandlerInterceptor {
  private final LimitsProperties.Submit settings;
  private final Set<String> paths;
  private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  public SubmissionRateLimiter(LimitsProperties.Submit settings) {
    this.settings = settings;
    this.paths = Set.copyOf(settings.paths());
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h) {
    if (!settings.enabled() || !"POST".equals(request.getMethod())) return true;
    if (!paths.contains(request.getRequestURI())) return true;
    String tenant = tenant();
    if (tenant == null) return true;
    ConsumptionProbe probe =
        buckets.computeIfAbsent(tenant, t -> bucket()).tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) return true;
    long waitSeconds =
        Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    throw new RateLimitedException(
        "tenant "
            + tenant
            + " is over the submission rate limit of "
            + settings.refill()
            + " per "
            + settings.period()
            + " (burst "
            + settings.capacity()
            + ")",
        waitSeconds);
  }

  private Bucket bucket() {
    Bandwidth limit =
        Bandwidth.builder()
            .capacity(settings.capacity())
            .refillGreedy(settings.refill(), settings.period())
            .build();
    return Bucket.builder().addLimit(limit).build();
  }

  private static String tenant() {
    return Caller.current().map(Caller::tenantId).orElse(null);
  }
}
