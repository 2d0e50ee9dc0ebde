package io.computility.server.market.catalogue;

import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.ErrorDetail;
import io.computility.server.shared.web.ErrorReason;

/** Where a product is in its lifecycle: DRAFT → ON_SHELF ↔ OFF_SHELF (seed 003 上架管理). */
enum ProductState {
  DRAFT,
  ON_SHELF,
  OFF_SHELF;

  /** The state an action leads to from this one; 409 naming this state when it may not. */
  ProductState after(LifecycleAction action) {
    ProductState next =
        switch (action) {
          case SHELVE -> this == ON_SHELF ? null : ON_SHELF;
          case UNSHELVE -> this == ON_SHELF ? OFF_SHELF : null;
          case ENABLE, DISABLE -> this;
        };
    if (next == null) throw refused(action, name());
    return next;
  }

  static ConflictException refused(LifecycleAction action, String state) {
    return new ConflictException(
        "state",
        "cannot " + action.name().toLowerCase() + " a product in state " + state,
        ErrorReason.CONFLICT,
        ErrorDetail.params("value", state));
  }
}
