package io.computility.server.market.approval;

import io.computility.server.identity.AuthUser;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.InvalidInputException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Validates and saves a new version of a flow and deploys it at once. */
@Service
class FlowService {
  static final int MAX_STEPS = 20;
  static final int MAX_USERS = 50;
  static final int MAX_BPMN_CHARS = 256 * 1024;
  private final FlowStore flows;
  private final FlowDeployer deployer;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  FlowService(FlowStore flows, FlowDeployer deployer, JdbcTemplate jdbc, Clock clock) {
    this.flows = flows;
    this.deployer = deployer;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  FlowRow save(AuthUser me, FlowEdit body) {
    Check.present(body, "body");
    String tenant = body.tenantId() == null || body.tenantId().isBlank() ? null : tenant(body);
    String type = businessType(body.businessType());
    String name = Check.text(body.name(), "name", 128);
    boolean hasSteps = body.steps() != null && !body.steps().isEmpty();
    boolean hasXml = body.bpmn() != null && !body.bpmn().isBlank();
    if (hasSteps == hasXml) throw Check.bad("steps", "give either steps or bpmn, not both");
    List<FlowStep> steps = hasSteps ? steps(body.steps(), tenant) : List.of();
    String xml = hasXml ? Check.maxChars(body.bpmn(), "bpmn", MAX_BPMN_CHARS) : null;
    flows.lockKey(tenant, type);
    String id = "flow-" + UUID.randomUUID();
    FlowRow row =
        new FlowRow(
            id,
            tenant,
            type,
            name,
            flows.nextVersion(tenant, type),
            steps,
            xml,
            null,
            me.userId(),
            clock.instant());
    flows.insert(row);
    return deployer.ensureDeployed(row);
  }

  private String tenant(FlowEdit body) {
    String id = Check.id(body.tenantId(), "tenant_id");
    Integer n = jdbc.queryForObject("select count(*) from tenant where id = ?", Integer.class, id);
    if (n == null || n == 0)
      throw InvalidInputException.unknownReference("tenant_id", "tenant", id);
    return id;
  }

  static String businessType(String value) {
    String t = Check.required(value, "business_type").strip().toUpperCase();
    if (!t.matches("[A-Z][A-Z0-9_]{0,62}")) {
      throw InvalidInputException.badFormat("business_type", "A-Z, 0-9 and _, up to 63");
    }
    return t;
  }

  private List<FlowStep> steps(List<FlowEdit.StepEdit> in, String tenant) {
    if (in.size() > MAX_STEPS) throw InvalidInputException.tooLarge("steps", MAX_STEPS, in.size());
    List<FlowStep> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      String f = "steps[" + i + "]";
      FlowEdit.StepEdit s = Check.present(in.get(i), f);
      ApproverKind kind = parse(ApproverKind.class, s.kind(), f + ".kind");
      SignMode mode = parse(SignMode.class, s.mode(), f + ".mode");
      List<String> users = kind == ApproverKind.USERS ? users(s.users(), tenant, f) : List.of();
      out.add(new FlowStep(Check.text(s.name(), f + ".name", 128), kind, mode, users));
    }
    return out;
  }

  private List<String> users(List<String> ids, String tenant, String f) {
    List<String> users = Check.ids(Check.nonEmpty(ids, f + ".users"), f + ".users");
    if (users.size() > MAX_USERS)
      throw InvalidInputException.tooLarge(f + ".users", MAX_USERS, users.size());
    for (int j = 0; j < users.size(); j++) {
      Integer n =
          jdbc.queryForObject(
              "select count(*) from app_user u join tenant t on t.id = u.tenant_id"
                  + " where u.id = ? and (t.platform or u.tenant_id = ?)",
              Integer.class,
              users.get(j),
              tenant);
      if (n == null || n == 0) {
        throw InvalidInputException.unknownReference(f + ".users[" + j + "]", "user", users.get(j));
      }
    }
    return users.stream().distinct().toList();
  }

  static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    String v = Check.required(value, field).strip().toUpperCase().replace('-', '_');
    for (E e : type.getEnumConstants()) if (e.name().equals(v)) return e;
    throw InvalidInputException.notOneOf(field, Arrays.asList(type.getEnumConstants()), value);
  }
}
