package io.computility.server.market.order;

import io.computility.server.identity.tenancy.Quota;
import io.computility.server.identity.tenancy.QuotaGrants;
import io.computility.server.market.catalogue.ProductComponents;
import io.computility.server.pool.PoolReservations;
import org.springframework.stereotype.Component;

/**
 * Acts on the platform for one order, idempotently by order id (acting twice leaves one grant, one
 * reservation, one key, one fulfilment): COMPUTE on a center, DEV_ENV and STORAGE grant quota on
 * the center; COMPUTE on the platform's pool also reserves its vGPU slice (or whole cards) there;
 * MODEL_SERVICE issues an API key; MANUAL opens a manual fulfilment and its work order.
 */
@Component
class Provisioner {
  /** The center id grants on the platform's own accelerator pool carry. */
  static final String POOL = "pool";

  private final QuotaGrants grants;
  private final PoolReservations pool;
  private final ApiKeys keys;
  private final ManualFulfilments manual;
  private final ManualTickets manualWork;

  Provisioner(
      QuotaGrants grants,
      PoolReservations pool,
      ApiKeys keys,
      ManualFulfilments manual,
      ManualTickets manualWork) {
    this.grants = grants;
    this.pool = pool;
    this.keys = keys;
    this.manual = manual;
    this.manualWork = manualWork;
  }

  /** Provisions; true when the resource is usable now, false when people must fulfil it. */
  boolean provision(OrderRow o) {
    switch (o.type()) {
      case MODEL_SERVICE -> keys.issue(o.id(), o.tenantId());
      case MANUAL -> {
        manualWork.open(o);
        return false;
      }
      default -> grant(o);
    }
    return true;
  }

  /** Applies a resize of a provisioned order (a new grant and reservation size). */
  void resize(OrderRow o) {
    if (o.type() != io.computility.server.market.catalogue.ProductType.MODEL_SERVICE
        && o.type() != io.computility.server.market.catalogue.ProductType.MANUAL
        && !o.stopped()) {
      grant(o);
    }
  }

  /** Releases everything the order holds; releasing what is not held does nothing. */
  void release(OrderRow o) {
    grants.release(o.id());
    pool.release(o.id());
    keys.revoke(o.id());
    manual.close(o.id(), "CANCELLED");
  }

  /** Stops a slice: its grant and reservation are suspended until it is started again. */
  void stop(OrderRow o) {
    grants.release(o.id());
    pool.release(o.id());
  }

  void start(OrderRow o) {
    grant(o);
  }

  private void grant(OrderRow o) {
    grants.grant(o.id(), o.tenantId(), o.orgId(), center(o), quota(o));
    if (o.onPool()) {
      ProductComponents t = o.total();
      pool.reserve(
          o.id(), o.tenantId(), t.slice() ? t.vgpuPercent() : t.gpu() * 100, t.gpuMemoryMb());
    }
  }

  static String center(OrderRow o) {
    return o.centerId() != null ? o.centerId() : POOL;
  }

  /** What the order grants: the quota resources of all its units. */
  static Quota quota(OrderRow o) {
    ProductComponents t = o.total();
    long units = o.quantity();
    return switch (o.type()) {
      case STORAGE -> new Quota(0, 0, t.storageGb(), 0, 0);
      case COMPUTE ->
          o.onPool()
              ? new Quota(0, 0, 0, units, t.slice() ? (t.vgpuPercent() + 99) / 100 : t.gpu())
              : new Quota(t.cpu(), t.memoryMb(), t.storageGb(), units, t.gpu());
      default -> new Quota(t.cpu(), t.memoryMb(), t.storageGb(), units, t.gpu());
    };
  }
}
