package io.computility.server.market.application;

import io.computility.server.identity.AuthUser;
import io.computility.server.identity.Permissions;
import io.computility.server.market.approval.Approvals;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who sees an application: its applicant, users whose data scope covers the applicant (a tenant
 * administrator sees the tenant's), its approvers, and platform operators who see every tenant.
 * Anybody else gets 404, whatever the tenant.
 */
@Component
class ApplicationAccess {
  private final ApplicationStore store;
  private final Approvals approvals;

  ApplicationAccess(ApplicationStore store, Approvals approvals) {
    this.store = store;
    this.approvals = approvals;
  }

  ApplicationRow visible(AuthUser me, String id) {
    ApplicationRow a = store.find(Check.id(id, "application_id")).orElseThrow(() -> missing(id));
    if (a.applicantId().equals(me.userId())) return a;
    if (me.seesAllTenants() && me.can(Permissions.APPLICATION_ALL_READ)) return a;
    boolean tenantSide = !me.platformSide() && a.tenantId().equals(me.tenantId());
    if (tenantSide && me.scope().sees(a.tenantId(), a.orgId(), a.applicantId())) return a;
    if ((tenantSide || me.platformSide())
        && approvals.involves(ApplicationService.SUBJECT, a.id(), me.userId())) {
      return a;
    }
    throw missing(id);
  }

  /** The caller's own application. */
  ApplicationRow own(AuthUser me, String id) {
    ApplicationRow a = store.find(Check.id(id, "application_id")).orElseThrow(() -> missing(id));
    if (!a.applicantId().equals(me.userId())) throw missing(id);
    return a;
  }

  static NotFoundException missing(String id) {
    return new NotFoundException("application_id", "no application " + id);
  }
}
