package io.computility.server.identity.security;

import static io.computility.server.identity.Permissions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * THE place where every endpoint's permission is declared: the first rule whose method and path
 * pattern match a request decides. A request no rule matches is denied to everybody but the
 * platform admin, and the isolation suite fails for any controller endpoint left without a rule.
 * GETs outside the API prefixes serve the web console's static files and are public. To protect a
 * new endpoint, add one line here.
 */
public final class EndpointPermissions {

  /** Anyone, without a token. */
  public static final String PUBLIC = "#public";

  /** Any authenticated user (their own profile, tokens, password). */
  public static final String AUTHENTICATED = "#authenticated";

  /** One rule; method null matches every method. */
  public record Rule(String method, PathPattern pattern, String requirement) {
    boolean matches(String m, PathContainer path) {
      return (method == null || method.equals(m)) && pattern.matches(path);
    }
  }

  private static final List<Rule> RULES = new ArrayList<>();

  /** Path prefixes the APIs own; a GET anywhere else is a static web-console file (public). */
  private static final List<String> API_PREFIXES =
      List.of("/api/", "/openapi/", "/scheduler/", "/actuator", "/v3/", "/error");

  private static final Rule CONSOLE_FILE =
      new Rule("GET", PathPatternParser.defaultInstance.parse("/**"), PUBLIC);

  static {
    // platform: health, API document, authentication
    rule("GET", "/actuator/health/**", PUBLIC);
    rule("GET", "/actuator/**", SYSTEM_READ);
    rule("GET", "/v3/api-docs/**", PUBLIC);
    rule("GET", "/v3/api-docs.yaml", PUBLIC);
    rule(null, "/error", PUBLIC); // the servlet container's error page carries no data
    rule("POST", "/api/v1/auth/login", PUBLIC);
    rule("POST", "/api/v1/auth/password", PUBLIC); // verified by the old password
    rule("GET", "/api/v1/auth/oidc/**", PUBLIC);
    rule(null, "/api/v1/auth/**", AUTHENTICATED);
    rule(null, "/api/v1/tokens/**", AUTHENTICATED);
    rule("GET", "/api/v1/permissions", AUTHENTICATED);
    // JC API (Appendix A) and federation resources
    rule("POST", "/openapi/v1/trainjob", JOB_SUBMIT);
    rule("POST", "/openapi/v1/trainjob/batch", JOB_SUBMIT); // issue 12 batch submission
    rule("POST", "/openapi/v1/trainjob/{id}/stop", JOB_STOP);
    rule("GET", "/openapi/v1/trainjob/**", JOB_READ);
    rule("GET", "/scheduler/**", POLICY_READ);
    rule("GET", "/api/v1/jobs/**", JOB_READ);
    rule(null, "/api/v1/centers/{centerId}/tenants", CENTER_WRITE); // visibility lists
    rule("GET", "/api/v1/centers/**", CENTER_READ);
    rule(null, "/api/v1/specs/{id}/tenants", CATALOG_WRITE); // platform specs' visibility lists
    rule("GET", "/api/v1/specs/**", CATALOG_READ);
    rule("GET", "/api/v1/images/**", CATALOG_READ);
    rule("GET", "/api/v1/datasets/**", CATALOG_READ);
    rule(null, "/api/v1/specs/**", SPEC_WRITE); // tenants write their own private specs
    rule(null, "/api/v1/images/**", CATALOG_WRITE);
    rule(null, "/api/v1/datasets/**", CATALOG_WRITE);
    rule("GET", "/api/v1/strategies", POLICY_READ);
    rule("GET", "/api/v1/policies/**", POLICY_READ);
    rule(null, "/api/v1/policies/**", POLICY_WRITE);
    rule("GET", "/api/v1/scheduling/**", POLICY_READ);
    // center pool: node agents hold pool:agent (role platform-agent)
    rule(null, "/api/v1/pool/agents/**", POOL_AGENT);
    // pool tasks: tenant users submit and see their own (data scope), operators run the pool
    rule("POST", "/api/v1/pool/tasks", POOL_TASK_SUBMIT);
    rule("POST", "/api/v1/pool/tasks/{id}/stop", POOL_TASK_STOP);
    rule("GET", "/api/v1/pool/tasks/**", POOL_TASK_READ);
    rule("GET", "/api/v1/pool/queue", POOL_TASK_READ);
    rule("GET", "/api/v1/pool/**", POOL_READ);
    rule(null, "/api/v1/pool/**", POOL_WRITE);
    rule("GET", "/api/v1/simulations/**", SIMULATION_READ);
    rule(null, "/api/v1/simulations/**", SIMULATION_WRITE);
    // monitoring: node agents and centers push samples, health events and log lines
    rule("POST", "/api/v1/monitoring/samples", MONITOR_PUSH);
    rule("POST", "/api/v1/monitoring/events", MONITOR_PUSH);
    rule("POST", "/api/v1/monitoring/logs", MONITOR_PUSH);
    // the inbox: each user's own messages; monitor:read users also see the alerts
    rule(null, "/api/v1/monitoring/notifications/**", AUTHENTICATED);
    rule("GET", "/api/v1/monitoring/**", MONITOR_READ);
    rule(null, "/api/v1/monitoring/**", MONITOR_WRITE);
    rule("GET", "/api/v1/tier/**", TIER_READ);
    rule(null, "/api/v1/tier/**", TIER_WRITE);
    // operations: tenancy, RBAC, audit
    rule("GET", "/api/v1/tenants/**", TENANT_READ);
    rule(null, "/api/v1/tenants/**", TENANT_WRITE);
    rule("GET", "/api/v1/orgs/**", ORG_READ);
    rule(null, "/api/v1/orgs/**", ORG_WRITE);
    rule("GET", "/api/v1/business-systems/**", ORG_READ);
    rule(null, "/api/v1/business-systems/**", ORG_WRITE);
    rule("GET", "/api/v1/users/**", USER_READ);
    rule(null, "/api/v1/users/**", USER_WRITE);
    rule("GET", "/api/v1/roles/**", ROLE_READ);
    rule(null, "/api/v1/roles/**", ROLE_WRITE);
    rule("GET", "/api/v1/audit/export", AUDIT_EXPORT);
    rule("POST", "/api/v1/audit/verify", AUDIT_VERIFY);
    rule("GET", "/api/v1/audit/**", AUDIT_READ);
    // support (issue 16): tenants raise and follow their own work orders (data scope), operators
    // handle all; categories and notices are written by operators, read by everyone with the page
    rule("GET", "/api/v1/market/tickets/handlers", TICKET_HANDLE);
    rule("POST", "/api/v1/market/tickets/{id}/assign", TICKET_HANDLE);
    rule("POST", "/api/v1/market/tickets/{id}/claim", TICKET_HANDLE);
    rule("POST", "/api/v1/market/tickets/{id}/start", TICKET_HANDLE);
    rule("POST", "/api/v1/market/tickets/{id}/resolve", TICKET_HANDLE);
    rule("POST", "/api/v1/market/tickets/{id}/approve", TICKET_HANDLE);
    rule("POST", "/api/v1/market/tickets/{id}/reject", TICKET_HANDLE);
    rule("POST", "/api/v1/market/tickets/{id}/revoke", TICKET_HANDLE);
    rule("GET", "/api/v1/market/tickets/**", TICKET_READ);
    rule(null, "/api/v1/market/tickets/**", TICKET_WRITE);
    rule("GET", "/api/v1/market/ticket-categories/**", TICKET_READ);
    rule(null, "/api/v1/market/ticket-categories/**", TICKET_CATEGORY_WRITE);
    rule("GET", "/api/v1/market/notices/manage", NOTICE_WRITE);
    rule("POST", "/api/v1/market/notices/{id}/read", NOTICE_READ);
    rule("GET", "/api/v1/market/notices/**", NOTICE_READ);
    rule(null, "/api/v1/market/notices/**", NOTICE_WRITE);
    // market catalogue (issue 16): the marketplace for tenants, the catalogue for operators and
    // providers (providers register and update their own products, operators do everything else)
    rule("GET", "/api/v1/market/offers/**", MARKETPLACE_READ);
    rule("GET", "/api/v1/market/categories/**", MARKETPLACE_READ);
    rule(null, "/api/v1/market/categories/**", PRODUCT_WRITE);
    rule("GET", "/api/v1/market/products/**", PRODUCT_READ);
    rule("POST", "/api/v1/market/products", PRODUCT_REGISTER);
    rule("PUT", "/api/v1/market/products/{id}", PRODUCT_REGISTER);
    rule(null, "/api/v1/market/products/**", PRODUCT_WRITE);
    // market: orders, my resources and demand matching (issue 16)
    rule("GET", "/api/v1/market/orders/**", ORDER_READ);
    rule("GET", "/api/v1/market/resources/**", ORDER_READ);
    rule("POST", "/api/v1/market/resources/**", ORDER_WRITE);
    rule("GET", "/api/v1/market/demands/**", DEMAND_READ);
    rule("POST", "/api/v1/market/demands/**", DEMAND_WRITE);
    // market (issue 16): cart and own applications, approvals, the operators' desk and flows
    rule("GET", "/api/v1/market/cart/**", APPLY_READ);
    rule(null, "/api/v1/market/cart/**", APPLY_WRITE);
    rule("GET", "/api/v1/market/applications/**", APPLY_READ);
    rule(null, "/api/v1/market/applications/**", APPLY_WRITE);
    rule("GET", "/api/v1/market/approvals/**", APPROVAL_READ);
    rule(null, "/api/v1/market/approvals/**", APPROVAL_ACT);
    rule("POST", "/api/v1/market/ops/applications/import", APPLICATION_IMPORT);
    rule("GET", "/api/v1/market/ops/applications/**", APPLICATION_ALL_READ);
    rule("GET", "/api/v1/market/approval-flows/**", APPROVAL_FLOW_READ);
    rule(null, "/api/v1/market/approval-flows/**", APPROVAL_FLOW_WRITE);
  }

  private EndpointPermissions() {}

  private static void rule(String method, String pattern, String requirement) {
    RULES.add(new Rule(method, PathPatternParser.defaultInstance.parse(pattern), requirement));
  }

  /** The rule deciding a request, if one is declared. */
  public static Optional<Rule> find(String method, String path) {
    PathContainer p = PathContainer.parsePath(path);
    for (Rule r : RULES) {
      if (r.matches(method, p)) return Optional.of(r);
    }
    if ("GET".equals(method) && API_PREFIXES.stream().noneMatch(path::startsWith)) {
      return Optional.of(CONSOLE_FILE); // the console's own login page calls /api/v1/auth/login
    }
    return Optional.empty();
  }

  public static List<Rule> rules() {
    return List.copyOf(RULES);
  }
}
