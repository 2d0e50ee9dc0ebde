package io.computility.server.identity;

import static io.computility.server.identity.Permission.button;
import static io.computility.server.identity.Permission.menu;
import static io.computility.server.identity.Permission.page;

import io.computility.server.identity.Permission.Side;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The permission catalogue: every code an endpoint or a role may name. */
public final class Permissions {

  public static final String CENTER_READ = "center:read";
  public static final String CENTER_WRITE = "center:write";
  public static final String SPEC_WRITE = "spec:write";
  public static final String POOL_TASK_READ = "pooltask:read";
  public static final String POOL_TASK_SUBMIT = "pooltask:submit";
  public static final String POOL_TASK_STOP = "pooltask:stop";
  public static final String CATALOG_READ = "catalog:read";
  public static final String CATALOG_WRITE = "catalog:write";
  public static final String JOB_READ = "job:read";
  public static final String JOB_SUBMIT = "job:submit";
  public static final String JOB_STOP = "job:stop";
  public static final String POLICY_READ = "policy:read";
  public static final String POLICY_WRITE = "policy:write";
  public static final String POOL_READ = "pool:read";
  public static final String POOL_WRITE = "pool:write";
  public static final String POOL_AGENT = "pool:agent";
  public static final String SIMULATION_READ = "simulation:read";
  public static final String SIMULATION_WRITE = "simulation:write";
  public static final String MONITOR_READ = "monitor:read";
  public static final String MONITOR_WRITE = "monitor:write";
  public static final String MONITOR_PUSH = "monitor:push";
  public static final String TIER_READ = "tier:read";
  public static final String TIER_WRITE = "tier:write";
  public static final String TENANT_READ = "tenant:read";
  public static final String TENANT_WRITE = "tenant:write";
  public static final String ORG_READ = "org:read";
  public static final String ORG_WRITE = "org:write";
  public static final String USER_READ = "user:read";
  public static final String USER_WRITE = "user:write";
  public static final String ROLE_READ = "role:read";
  public static final String ROLE_WRITE = "role:write";
  public static final String AUDIT_READ = "audit:read";
  public static final String AUDIT_EXPORT = "audit:export";
  public static final String AUDIT_VERIFY = "audit:verify";
  public static final String SYSTEM_READ = "system:read";
  // issue 16 support: work orders (工单), their categories, notices and news (公告 / 新闻)
  public static final String TICKET_READ = "ticket:read";
  public static final String TICKET_WRITE = "ticket:write";
  public static final String TICKET_HANDLE = "ticket:handle";
  public static final String TICKET_CATEGORY_WRITE = "ticketcategory:write";
  public static final String NOTICE_READ = "notice:read";
  public static final String NOTICE_WRITE = "notice:write";
  // issue 16 market catalogue: tenants browse the marketplace; operators keep the catalogue;
  // providers (centers, lower tiers: platform-agent principals) register their own products
  public static final String MARKETPLACE_READ = "marketplace:read";
  public static final String PRODUCT_READ = "product:read";
  public static final String PRODUCT_WRITE = "product:write";
  public static final String PRODUCT_REGISTER = "product:register";
  public static final String ORDER_READ = "order:read";
  public static final String ORDER_WRITE = "order:write";
  public static final String DEMAND_READ = "demand:read";
  public static final String DEMAND_WRITE = "demand:write";
  // market (issue 16): cart and applications, approvals, operators' application desk
  public static final String APPLY_READ = "apply:read";
  public static final String APPLY_WRITE = "apply:write";
  public static final String APPROVAL_READ = "approval:read";
  public static final String APPROVAL_ACT = "approval:act";
  public static final String APPLICATION_ALL_READ = "application-all:read";
  public static final String APPLICATION_IMPORT = "application-all:import";
  public static final String APPROVAL_FLOW_READ = "approval-flow:read";
  public static final String APPROVAL_FLOW_WRITE = "approval-flow:write";

  static final List<Permission> ALL =
      List.of(
          menu("federation", Side.TENANT),
          page(CENTER_READ, "federation", Side.TENANT),
          button(CENTER_WRITE, CENTER_READ, Side.PLATFORM),
          page(CATALOG_READ, "federation", Side.TENANT),
          button(CATALOG_WRITE, CATALOG_READ, Side.PLATFORM),
          button(SPEC_WRITE, CATALOG_READ, Side.TENANT),
          page(POOL_TASK_READ, "federation", Side.TENANT),
          button(POOL_TASK_SUBMIT, POOL_TASK_READ, Side.TENANT),
          button(POOL_TASK_STOP, POOL_TASK_READ, Side.TENANT),
          page(JOB_READ, "federation", Side.TENANT),
          button(JOB_SUBMIT, JOB_READ, Side.TENANT),
          button(JOB_STOP, JOB_READ, Side.TENANT),
          page(POLICY_READ, "federation", Side.TENANT),
          button(POLICY_WRITE, POLICY_READ, Side.PLATFORM),
          menu("pool", Side.PLATFORM),
          page(POOL_READ, "pool", Side.PLATFORM),
          button(POOL_WRITE, POOL_READ, Side.PLATFORM),
          button(POOL_AGENT, POOL_READ, Side.PLATFORM),
          menu("simulation", Side.PLATFORM),
          page(SIMULATION_READ, "simulation", Side.PLATFORM),
          button(SIMULATION_WRITE, SIMULATION_READ, Side.PLATFORM),
          menu("monitoring", Side.PLATFORM),
          page(MONITOR_READ, "monitoring", Side.PLATFORM),
          button(MONITOR_WRITE, MONITOR_READ, Side.PLATFORM),
          button(MONITOR_PUSH, MONITOR_READ, Side.PLATFORM),
          menu("tier", Side.PLATFORM),
          page(TIER_READ, "tier", Side.PLATFORM),
          button(TIER_WRITE, TIER_READ, Side.PLATFORM),
          menu("system", Side.TENANT),
          page(TENANT_READ, "system", Side.TENANT),
          button(TENANT_WRITE, TENANT_READ, Side.PLATFORM),
          page(ORG_READ, "system", Side.TENANT),
          button(ORG_WRITE, ORG_READ, Side.TENANT),
          page(USER_READ, "system", Side.TENANT),
          button(USER_WRITE, USER_READ, Side.TENANT),
          page(ROLE_READ, "system", Side.TENANT),
          button(ROLE_WRITE, ROLE_READ, Side.TENANT),
          page(AUDIT_READ, "system", Side.TENANT),
          button(AUDIT_EXPORT, AUDIT_READ, Side.TENANT),
          button(AUDIT_VERIFY, AUDIT_READ, Side.PLATFORM),
          page(SYSTEM_READ, "system", Side.PLATFORM),
          menu("support", Side.TENANT),
          page(TICKET_READ, "support", Side.TENANT),
          button(TICKET_WRITE, TICKET_READ, Side.TENANT),
          button(TICKET_HANDLE, TICKET_READ, Side.PLATFORM),
          button(TICKET_CATEGORY_WRITE, TICKET_READ, Side.PLATFORM),
          page(NOTICE_READ, "support", Side.TENANT),
          button(NOTICE_WRITE, NOTICE_READ, Side.PLATFORM),
          menu("market", Side.TENANT),
          page(MARKETPLACE_READ, "market", Side.TENANT),
          menu("operations", Side.PLATFORM),
          page(PRODUCT_READ, "operations", Side.PLATFORM),
          button(PRODUCT_WRITE, PRODUCT_READ, Side.PLATFORM),
          button(PRODUCT_REGISTER, PRODUCT_READ, Side.PLATFORM),
          page(ORDER_READ, "market", Side.TENANT),
          button(ORDER_WRITE, ORDER_READ, Side.TENANT),
          page(DEMAND_READ, "market", Side.TENANT),
          button(DEMAND_WRITE, DEMAND_READ, Side.TENANT),
          menu("apply", Side.TENANT),
          page(APPLY_READ, "apply", Side.TENANT),
          button(APPLY_WRITE, APPLY_READ, Side.TENANT),
          page(APPROVAL_READ, "apply", Side.TENANT),
          button(APPROVAL_ACT, APPROVAL_READ, Side.TENANT),
          menu("approval", Side.PLATFORM),
          page(APPLICATION_ALL_READ, "approval", Side.PLATFORM),
          button(APPLICATION_IMPORT, APPLICATION_ALL_READ, Side.PLATFORM),
          page(APPROVAL_FLOW_READ, "approval", Side.PLATFORM),
          button(APPROVAL_FLOW_WRITE, APPROVAL_FLOW_READ, Side.PLATFORM));

  private static final Map<String, Permission> BY_CODE = Permission.byCode(ALL);

  private Permissions() {}

  public static List<Permission> all() {
    return ALL;
  }

  public static Optional<Permission> find(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /** Every code. */
  public static Set<String> codes() {
    return BY_CODE.keySet();
  }

  /** Codes of one side and, when readOnly, only menus and pages. */
  public static Set<String> codes(boolean platformSide, boolean readOnly) {
    return ALL.stream()
        .filter(p -> platformSide || p.side() == Side.TENANT)
        .filter(p -> !readOnly || p.readOnly())
        .map(Permission::code)
        .collect(Collectors.toUnmodifiableSet());
  }
}
