package io.computility.server.federation.center;

import io.computility.server.shared.web.Check;
import java.util.List;

/** The tenants a platform-shared center or spec is restricted to; empty: every tenant. */
public record TenantList(List<String> tenants) {

  /** The ids, each shape-checked; 400 naming {@code tenants} when missing. */
  public static List<String> ids(TenantList body) {
    if (body == null || body.tenants() == null) throw Check.bad("tenants", "is required");
    for (String t : body.tenants()) Check.id(t, "tenants");
    return List.copyOf(body.tenants());
  }
}
