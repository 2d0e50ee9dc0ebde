package io.computility.server.market.order;

import io.computility.server.identity.AuthUser;
import io.computility.server.market.catalogue.ProductType;
import io.computility.server.shared.web.ConflictException;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a holder does with a resource: stop and start a vGPU slice (its grant and reservation are
 * suspended and restored), read a model service's API key once, or rotate it. A refused action
 * answers 409 with the reason its decision gives.
 */
@Service
class ResourceActions {
  private final OrderStore store;
  private final OrderHistory history;
  private final OrderQueries queries;
  private final Provisioner provisioner;
  private final ApiKeys keys;

  ResourceActions(
      OrderStore store,
      OrderHistory history,
      OrderQueries queries,
      Provisioner provisioner,
      ApiKeys keys) {
    this.store = store;
    this.history = history;
    this.queries = queries;
    this.provisioner = provisioner;
    this.keys = keys;
  }

  @Transactional
  public ResourceView stop(AuthUser caller, String id) {
    OrderRow o = locked(caller, id);
    require(OrderQueries.stop(o));
    provisioner.stop(o);
    return changed(caller, o, o.withStopped(true), "STOP");
  }

  @Transactional
  public ResourceView start(AuthUser caller, String id) {
    OrderRow o = locked(caller, id);
    require(OrderQueries.start(o));
    OrderRow started = o.withStopped(false);
    provisioner.start(started);
    return changed(caller, o, started, "START");
  }

  /** The API key: the provisioned one once, or (rotate) a new one, the old one revoked. */
  @Transactional
  public String key(AuthUser caller, String id, boolean rotate) {
    OrderRow o = locked(caller, id);
    if (o.type() != ProductType.MODEL_SERVICE) {
      throw new ConflictException("id", "order " + o.number() + " is not a model service");
    }
    if (!o.state().holding()) {
      throw new ConflictException("id", "order " + o.number() + " is " + o.state());
    }
    if (!rotate) {
      return keys.reveal(o.id())
          .orElseThrow(
              () ->
                  new ConflictException(
                      "id", "the key was shown once already; rotate it to get a new one"));
    }
    String key = keys.rotate(o.id(), o.tenantId());
    history.add(o.id(), o.state(), o.state(), "ROTATE_KEY", caller.userId(), null);
    return key;
  }

  private OrderRow locked(AuthUser caller, String id) {
    queries.visible(caller, id, "id");
    return store.lockWaiting(id).orElseThrow();
  }

  private static void require(Decision d) {
    if (!d.allowed()) throw new ConflictException("id", d.reason());
  }

  private ResourceView changed(AuthUser caller, OrderRow before, OrderRow after, String action) {
    store.update(after, Instant.now());
    history.add(after.id(), before.state(), after.state(), action, caller.userId(), null);
    return queries.resource(after);
  }
}
