package io.computility.server.market.approval;

import io.computility.server.identity.tenancy.BuiltinRoles;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Finds the approvers of a step in the organisation tree and the roles (enabled users only). */
@Component
class ApproverDirectory {
  private final JdbcTemplate jdbc;

  ApproverDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<String> approvers(FlowStep step, String tenantId, String orgId) {
    return switch (step.kind()) {
      case ORG_LEADER -> orgLeader(orgId);
      case TENANT_ADMIN -> tenantAdmins(tenantId);
      case PLATFORM_OPERATOR -> platformOperators();
      case USERS -> enabled(step.users());
    };
  }

  List<String> tenantAdmins(String tenantId) {
    return jdbc.queryForList(
        "select u.id from app_user u join user_role r on r.user_id = u.id"
            + " where r.role_id = ? and u.tenant_id = ? and u.enabled order by u.id",
        String.class,
        BuiltinRoles.TENANT_ADMIN,
        tenantId);
  }

  /**
   * Holders of the platform-operator role; where nobody holds it (a fresh install), the platform
   * administrators, so that a step of operators is never left without an approver.
   */
  List<String> platformOperators() {
    List<String> operators = holders(BuiltinRoles.PLATFORM_OPERATOR);
    return operators.isEmpty() ? holders(BuiltinRoles.PLATFORM_ADMIN) : operators;
  }

  private List<String> holders(String role) {
    return jdbc.queryForList(
        "select u.id from app_user u join user_role r on r.user_id = u.id"
            + " where r.role_id = ? and u.enabled order by u.id",
        String.class,
        role);
  }

  /** The leader of the organisation, else of its nearest parent that has an enabled one. */
  List<String> orgLeader(String orgId) {
    if (orgId == null) return List.of();
    return jdbc.queryForList(
        "with recursive up (id, parent_id, leader_id, depth) as ("
            + " select id, parent_id, leader_id, 0 from org_unit where id = ?"
            + " union all select o.id, o.parent_id, o.leader_id, up.depth + 1"
            + " from org_unit o join up on o.id = up.parent_id where up.depth < 64)"
            + " select u.id from up join app_user u on u.id = up.leader_id where u.enabled"
            + " order by up.depth limit 1",
        String.class,
        orgId);
  }

  private List<String> enabled(List<String> ids) {
    if (ids.isEmpty()) return List.of();
    return jdbc.queryForList(
        "select id from app_user where enabled and id = any(?) order by id",
        String.class,
        (Object) ids.toArray(String[]::new));
  }
}
