package io.computility.server.pool;

import io.computility.core.vgpu.SliceRequest;
import io.computility.server.identity.AuthUser;
import io.computility.server.identity.tenancy.Quota;
import io.computility.server.identity.tenancy.QuotaGuard;
import io.computility.server.identity.tenancy.QuotaUsage;
import io.computility.server.identity.tenancy.ResourceScopes;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pool tasks as tenant resources: a new task is stored together with its owner (tenant,
 * organisation, user) once the owner's tenant and organisation quotas admitted it; callers see only
 * the tasks their role's data scope reaches.
 */
@Component
public class PoolTaskScopes {
  private final ResourceScopes scopes;
  private final QuotaGuard quotas;
  private final TransactionTemplate tx;

  PoolTaskScopes(ResourceScopes scopes, QuotaGuard quotas, TransactionTemplate tx) {
    this.scopes = scopes;
    this.quotas = quotas;
    this.tx = tx;
  }

  /** Admits and stores {@code t} in one transaction; throws when a quota refuses it. */
  void store(AuthUser owner, PoolTask t, Runnable save) {
    tx.executeWithoutResult(
        status -> {
          quotas.admit(
              owner.tenantId(),
              owner.orgId(),
              QuotaUsage.poolTask(
                  t.request.computePercent(), t.request.count(), t.request.physical()));
          save.run();
          scopes.record(ResourceScopes.POOL_TASK, t.id, owner);
        });
  }

  /**
   * Applies a resize of {@code t} to {@code computePercent} per card once its owner's tenant and
   * organisation quotas admitted the growth, in one transaction; a refused growth (409 {@code
   * quota.gpu}) changes nothing. Shrinking or staying within the same whole cards asks for nothing
   * and always passes. Tasks without an owner (platform-stored) are not limited.
   */
  <T> T resize(PoolTask t, int computePercent, Supplier<T> apply) {
    return tx.execute(
        status -> {
          scopes
              .owner(ResourceScopes.POOL_TASK, t.id)
              .ifPresent(
                  o -> {
                    SliceRequest r = t.request;
                    Quota before = QuotaUsage.poolTask(r.computePercent(), r.count(), r.physical());
                    Quota after = QuotaUsage.poolTask(computePercent, r.count(), r.physical());
                    quotas.admit(o.tenantId(), o.orgId(), after.minus(before));
                  });
          return apply.get();
        });
  }

  /** Which task ids the caller sees. */
  Predicate<String> visible(AuthUser caller) {
    Set<String> ids = scopes.visibleIds(caller.scope(), ResourceScopes.POOL_TASK);
    return ids == null ? id -> true : ids::contains;
  }

  /** 404 for a task outside the caller's scope, as if it did not exist. */
  void require(AuthUser caller, String id) {
    scopes.requireVisible(caller, ResourceScopes.POOL_TASK, id, "id");
  }
}
