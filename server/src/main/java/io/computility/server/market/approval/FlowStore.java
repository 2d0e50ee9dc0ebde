package io.computility.server.market.approval;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.server.shared.jdbc.JsonColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** Versions of approval flows in PostgreSQL ({@code approval_flow}). */
@Repository
class FlowStore {
  private static final TypeReference<List<FlowStep>> STEPS = new TypeReference<>() {};
  private static final String SELECT =
      "select id, tenant_id, business_type, name, version, steps, bpmn, definition_id,"
          + " created_by, created_at from approval_flow";
  private final JdbcTemplate jdbc;
  private final JsonColumns json;

  FlowStore(JdbcTemplate jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  Optional<FlowRow> find(String id) {
    return jdbc.query(SELECT + " where id = ?", this::row, id).stream().findFirst();
  }

  /** The newest version of each tenant's (and the default) flow of each business type. */
  List<FlowRow> newest() {
    return jdbc.query(
        "select distinct on (coalesce(tenant_id, ''), business_type) * from ("
            + SELECT
            + ") f order by coalesce(tenant_id, ''), business_type, version desc",
        this::row);
  }

  /** Every version of one tenant's flow of a business type, newest first. */
  List<FlowRow> versions(String tenantId, String businessType) {
    return jdbc.query(
        SELECT
            + " where coalesce(tenant_id, '') = coalesce(?, '') and business_type = ?"
            + " order by version desc",
        this::row,
        tenantId,
        businessType);
  }

  /**
   * The flow that starts a new approval, locked: the tenant's newest version of the business type,
   * else the default's.
   */
  Optional<FlowRow> current(String tenantId, String businessType) {
    return jdbc
        .query(
            SELECT
                + " where (tenant_id = ? or tenant_id is null) and business_type = ?"
                + " order by tenant_id nulls last, version desc limit 1 for update",
            this::row,
            tenantId,
            businessType)
        .stream()
        .findFirst();
  }

  /** Serialises new versions of one tenant's flow of a business type. */
  void lockKey(String tenantId, String businessType) {
    jdbc.queryForObject(
        "select pg_advisory_xact_lock(hashtext('approval_flow:' || coalesce(?, '') || ':' || ?))",
        Object.class,
        tenantId,
        businessType);
  }

  int nextVersion(String tenantId, String businessType) {
    Integer v =
        jdbc.queryForObject(
            "select coalesce(max(version), 0) + 1 from approval_flow"
                + " where coalesce(tenant_id, '') = coalesce(?, '') and business_type = ?",
            Integer.class,
            tenantId,
            businessType);
    return v == null ? 1 : v;
  }

  void insert(FlowRow f) {
    jdbc.update(
        "insert into approval_flow (id, tenant_id, business_type, name, version, steps, bpmn,"
            + " definition_id, created_by, created_at) values (?,?,?,?,?,?::jsonb,?,?,?,?)",
        f.id(),
        f.tenantId(),
        f.businessType(),
        f.name(),
        f.version(),
        json.write(f.steps()),
        f.bpmn(),
        f.definitionId(),
        f.createdBy(),
        ts(f.createdAt()));
  }

  void deployed(String id, String bpmn, String definitionId) {
    jdbc.update(
        "update approval_flow set bpmn = ?, definition_id = ? where id = ?",
        bpmn,
        definitionId,
        id);
  }

  private FlowRow row(ResultSet rs, int i) throws SQLException {
    return new FlowRow(
        rs.getString("id"),
        rs.getString("tenant_id"),
        rs.getString("business_type"),
        rs.getString("name"),
        rs.getInt("version"),
        json.read(rs.getString("steps"), STEPS),
        rs.getString("bpmn"),
        rs.getString("definition_id"),
        rs.getString("created_by"),
        instant(rs, "created_at"));
  }
}
