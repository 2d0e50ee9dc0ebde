package io.computility.server.pool;

import io.computility.core.vgpu.PlacementDecision;
import io.computility.core.vgpu.PlacementPolicy;
import io.computility.pool.wire.PoolApi;
import io.computility.server.identity.AuthUser;
import io.computility.server.shared.config.ComputilityProperties;
import io.computility.server.shared.web.InvalidInputException;
import io.computility.server.shared.web.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/** What users and operators do with the pool's tasks: submit, view, stop, resize, policy. */
@Service
public class PoolService {
  private final PoolState poolState;
  private final PoolStore store;
  private final TaskRequests requests;
  private final PoolTaskScopes scopes;
  private final PoolReservations reservations;

  public PoolService(
      PoolState poolState,
      PoolStore store,
      ComputilityProperties props,
      PoolTaskScopes scopes,
      PoolReservations reservations) {
    this.poolState = poolState;
    this.store = store;
    this.requests = new TaskRequests(store);
    this.scopes = scopes;
    this.reservations = reservations;
  }

  /**
   * Accepts a task: rejected (nothing stored) when it breaks its tenant's quota or no card could
   * ever hold it; otherwise placed now or queued. A {@code clientKey} already known answers the
   * task submitted with it and starts nothing (federation adapters retry submits). A tenant-side
   * caller's task runs under its own tenant; it also counts against the tenant's and organisations'
   * quotas (refused with 409 naming {@code quota.<resource>}, never queued for quota).
   */
  public PoolApi.TaskView submit(PoolApi.SubmitTask in, AuthUser caller) {
    Predicate<String> mine = scopes.visible(caller);
    return poolState.locked(
        () -> {
          if (in != null && in.clientKey() != null && !in.clientKey().isBlank()) {
            for (PoolTask known : poolState.allTasks()) {
              if (in.clientKey().equals(known.clientKey) && mine.test(known.id)) {
                return PoolViews.task(known);
              }
            }
          }
          PoolTask t = requests.build(in, "pt-" + UUID.randomUUID().toString().substring(0, 8));
          if (!caller.platformSide()) {
            if (in.tenant() != null && !in.tenant().equals(caller.tenantId())) {
              throw new InvalidInputException("tenant", "must be your own tenant or left out");
            }
            t.tenant = caller.tenantId();
          }
          t.submittedAt = poolState.now();
          checkQuota(t);
          checkGroup(t);
          RemoteCalls.check(poolState, t);
          PlacementDecision d = poolState.decide(t);
          if (d instanceof PlacementDecision.Reject r)
            throw new PoolRejectedException("request", r.reason());
          t.queue();
          scopes.store(caller, t, () -> poolState.save(t));
          poolState.add(t);
          poolState.schedule();
          return PoolViews.task(t);
        });
  }

  private void checkQuota(PoolTask t) {
    store
        .quota(t.tenant)
        .ifPresent(
            base -> {
              long[] reserved = reservations.of(t.tenant); // slices ordered by the tenant
              PoolApi.Quota q =
                  new PoolApi.Quota(
                      (int) Math.min(Integer.MAX_VALUE, base.computePercent() + reserved[0]),
                      base.memoryMb() + reserved[1]);
              long pct = (long) t.request.computePercent() * t.request.count();
              long mem = t.request.memoryMb() * t.request.count();
              for (PoolTask o : poolState.allTasks()) {
                if (o.tenant.equals(t.tenant) && o.state().active()) {
                  pct += (long) o.request.computePercent() * o.request.count();
                  mem += o.request.memoryMb() * o.request.count();
                }
              }
              if (pct > q.computePercent() || mem > q.memoryMb()) {
                throw new PoolRejectedException(
                    "quota",
                    "exceeds the quota of tenant "
                        + t.tenant
                        + ": would hold "
                        + pct
                        + "% / "
                        + mem
                        + " MB, quota "
                        + q.computePercent()
                        + "% / "
                        + q.memoryMb()
                        + " MB");
              }
            });
  }

  private void checkGroup(PoolTask t) {
    if (t.group == null) return;
    if (!poolState.groups().exists(t.group))
      throw new InvalidInputException("group", "no group " + t.group);
    if (!poolState.groups().authorised(t.group, t.tenant)) {
      throw new PoolRejectedException(
          "group", "tenant " + t.tenant + " is not authorised on resource group " + t.group);
    }
  }

  /** Creates or replaces a logical resource group (POOL-T12.13). */
  public PoolApi.Group putGroup(String name, PoolApi.Group g) {
    if (g == null || g.cards().isEmpty())
      throw new InvalidInputException("cards", "must name at least one card");
    return poolState.locked(
        () -> {
          for (String c : g.cards()) {
            if (!poolState.hasCard(c)) throw new InvalidInputException("cards", "no card " + c);
          }
          poolState.putGroup(name, g);
          poolState.schedule();
          return g;
        });
  }

  public void deleteGroup(String name) {
    poolState.locked(
        () -> {
          poolState.deleteGroup(name);
          poolState.schedule();
          return null;
        });
  }

  public PoolApi.TaskView task(String id, AuthUser caller) {
    scopes.require(caller, id);
    return poolState.locked(() -> PoolViews.task(require(id)));
  }

  /** Tasks the caller's data scope reaches, in one state or all. */
  public List<PoolApi.TaskView> tasks(String state, AuthUser caller) {
    Predicate<String> mine = scopes.visible(caller);
    return poolState.locked(
        () ->
            poolState.allTasks().stream()
                .filter(t -> mine.test(t.id))
                .filter(t -> state == null || t.state().name().equalsIgnoreCase(state))
                .map(PoolViews::task)
                .toList());
  }

  /** Queued tasks in the order they will get resources. */
  public List<PoolApi.TaskView> queue(AuthUser caller) {
    Predicate<String> mine = scopes.visible(caller);
    return poolState.locked(
        () -> {
          List<PoolTask> q = new ArrayList<>();
          for (PoolTask t : poolState.allTasks()) {
            if (t.state() == TaskState.QUEUED && mine.test(t.id)) q.add(t);
          }
          q.sort(Comparator.comparingInt((PoolTask t) -> -t.priority));
          return q.stream().map(PoolViews::task).toList();
        });
  }

  public PoolApi.TaskView stop(String id, AuthUser caller) {
    scopes.require(caller, id);
    return poolState.locked(
        () -> {
          PoolTask t = require(id);
          poolState.end(t, TaskState.STOPPED, "stopped by request; resources released");
          poolState.schedule();
          return PoolViews.task(t);
        });
  }

  /**
   * Changes a holding task's slice in place; agents pass it to the running process (POOL-7.1d).
   * Growing it is checked against its owner's quotas again (409 {@code quota.gpu}, nothing
   * changed).
   */
  public PoolApi.TaskView resize(String id, PoolApi.Resize in, AuthUser caller) {
    scopes.require(caller, id);
    if (in == null
        || in.computePercent() == null
        || in.computePercent() < 1
        || in.computePercent() > 100) {
      throw new InvalidInputException("computePercent", "must be 1..100");
    }
    if (in.memoryMb() == null || in.memoryMb() < 1) {
      throw new InvalidInputException("memoryMb", "must be >= 1");
    }
    return poolState.locked(
        () -> {
          PoolTask t = require(id);
          if (!t.state().holding()) {
            throw new io.computility.server.shared.web.ConflictException(
                "state", "task " + id + " is " + t.state() + ", not running");
          }
          return scopes.resize(
              t,
              in.computePercent(),
              () -> {
                PlacementDecision d = poolState.resize(t, in.computePercent(), in.memoryMb());
                if (d instanceof PlacementDecision.Reject r)
                  throw new PoolRejectedException("computePercent", r.reason());
                poolState.save(t);
                poolState.log(
                    t, "resized to " + in.computePercent() + "% / " + in.memoryMb() + " MB");
                return PoolViews.task(t);
              });
        });
  }

  public List<PoolApi.LogLine> logs(String id, String contains, AuthUser caller) {
    scopes.require(caller, id);
    poolState.locked(() -> require(id));
    return store.logs(id, contains);
  }

  public List<PoolApi.LogLine> searchLogs(PoolStore.LogQuery q) {
    return store.logs(q);
  }

  public PoolApi.PolicyView policy() {
    return poolState.locked(() -> new PoolApi.PolicyView(poolState.policy().wireName()));
  }

  public PoolApi.PolicyView setPolicy(PoolApi.PolicyView in) {
    PlacementPolicy p = TaskRequests.policy(in == null ? null : in.policy(), "policy");
    if (p == null) throw new InvalidInputException("policy", "is required");
    return poolState.locked(
        () -> {
          poolState.setPolicy(p);
          return new PoolApi.PolicyView(p.wireName());
        });
  }

  public PoolApi.Quota putQuota(String tenant, PoolApi.Quota q) {
    if (q.computePercent() < 0) throw new InvalidInputException("computePercent", "must be >= 0");
    if (q.memoryMb() < 0) throw new InvalidInputException("memoryMb", "must be >= 0");
    store.putQuota(tenant, q.computePercent(), q.memoryMb());
    return q;
  }

  public PoolApi.Spec putSpec(String name, PoolApi.Spec spec) {
    if (spec.computePercent() < 1 || spec.computePercent() > 100) {
      throw new InvalidInputException("computePercent", "must be 1..100");
    }
    if (spec.memoryMb() < 1) throw new InvalidInputException("memoryMb", "must be >= 1");
    store.putSpec(name, spec.computePercent(), spec.memoryMb());
    return spec;
  }

  private PoolTask require(String id) {
    PoolTask t = poolState.task(id);
    if (t == null) throw new NotFoundException("id", "no pool task " + id);
    return t;
  }
}
