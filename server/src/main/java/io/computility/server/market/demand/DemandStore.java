package io.computility.server.market.demand;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.server.identity.ScopeFilter;
import io.computility.server.shared.jdbc.JsonColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** Demands and their offers in PostgreSQL. */
@Repository
class DemandStore {
  private static final TypeReference<Map<String, Double>> WEIGHTS = new TypeReference<>() {};
  private final JdbcTemplate jdbc;
  private final JsonColumns json;

  DemandStore(JdbcTemplate jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(DemandView d) {
    jdbc.update(
        "insert into market_demand (id, number, tenant_id, org_id, user_id, name, cpu, memory_mb,"
            + " gpu, gpu_type, quantity, duration, start_at, region, budget, rule, weights, policy,"
            + " state, reason, created_at, updated_at)"
            + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?::jsonb,?,?,?,?,?)",
        d.id(),
        d.number(),
        d.tenantId(),
        d.orgId(),
        d.userId(),
        d.name(),
        d.cpu(),
        d.memoryMb(),
        d.gpu(),
        d.gpuType(),
        d.quantity(),
        d.duration(),
        ts(d.startAt()),
        d.region(),
        d.budget(),
        d.rule(),
        json.write(d.weights()),
        d.policy(),
        d.state(),
        d.reason(),
        ts(d.createdAt()),
        ts(d.createdAt()));
  }

  void insertOffer(String demandId, Offer o) {
    jdbc.update(
        "insert into market_offer (id, demand_id, rank, center_id, region, spec_id, cpu, memory_mb,"
            + " gpu, storage_gb, price_per_hour, total_price, earliest_start, energy_kwh, score,"
            + " performance) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        o.id(),
        demandId,
        o.rank(),
        o.centerId(),
        o.region(),
        o.specId(),
        o.cpu(),
        o.memoryMb(),
        o.gpu(),
        o.storageGb(),
        o.pricePerHour(),
        o.totalPrice(),
        ts(o.earliestStart()),
        o.energyKwh(),
        o.score(),
        o.performance());
  }

  /** Sets the state (and accepted offer and order) unless the demand left {@code from}. */
  boolean transition(
      String id, DemandState from, DemandState to, String reason, String offerId, String orderId) {
    return jdbc.update(
            "update market_demand set state = ?, reason = ?, offer_id = ?, order_id = ?,"
                + " updated_at = ? where id = ? and state = ?",
            to.name(),
            reason,
            offerId,
            orderId,
            ts(Instant.now()),
            id,
            from.name())
        > 0;
  }

  Optional<DemandView> find(String id) {
    return jdbc.query("select * from market_demand where id = ?", this::row, id).stream()
        .findFirst();
  }

  Optional<DemandView> lock(String id) {
    return jdbc.query("select * from market_demand where id = ? for update", this::row, id).stream()
        .findFirst();
  }

  List<Offer> offers(String demandId) {
    return jdbc.query(
        "select * from market_offer where demand_id = ? order by rank", this::offer, demandId);
  }

  List<DemandView> list(ScopeFilter scope, int offset, int limit) {
    List<Object> args = new ArrayList<>();
    String where = where(scope, args);
    args.add(limit);
    args.add(offset);
    return jdbc.query(
        "select * from market_demand" + where + " order by created_at desc, id limit ? offset ?",
        this::row,
        args.toArray());
  }

  long count(ScopeFilter scope) {
    List<Object> args = new ArrayList<>();
    String where = where(scope, args);
    Long n =
        jdbc.queryForObject(
            "select count(*) from market_demand" + where, Long.class, args.toArray());
    return n == null ? 0 : n;
  }

  private static String where(ScopeFilter scope, List<Object> args) {
    if (scope.all()) return "";
    StringBuilder w = new StringBuilder(" where tenant_id = ?");
    args.add(scope.tenantId());
    if (scope.orgIds() != null) {
      w.append(" and org_id = any (?)");
      args.add(scope.orgIds().toArray(String[]::new));
    }
    if (scope.ownerId() != null) {
      w.append(" and user_id = ?");
      args.add(scope.ownerId());
    }
    return w.toString();
  }

  private DemandView row(ResultSet rs, int i) throws SQLException {
    return new DemandView(
        rs.getString("id"),
        rs.getString("number"),
        rs.getString("name"),
        rs.getString("tenant_id"),
        rs.getString("org_id"),
        rs.getString("user_id"),
        rs.getLong("cpu"),
        rs.getLong("memory_mb"),
        rs.getLong("gpu"),
        rs.getString("gpu_type"),
        rs.getInt("quantity"),
        rs.getString("duration"),
        instant(rs, "start_at"),
        rs.getString("region"),
        rs.getBigDecimal("budget"),
        rs.getString("rule"),
        json.read(rs.getString("weights"), WEIGHTS),
        rs.getString("policy"),
        rs.getString("state"),
        rs.getString("reason"),
        rs.getString("offer_id"),
        rs.getString("order_id"),
        instant(rs, "created_at"),
        null);
  }

  private Offer offer(ResultSet rs, int i) throws SQLException {
    return new Offer(
        rs.getString("id"),
        rs.getInt("rank"),
        rs.getString("center_id"),
        rs.getString("region"),
        rs.getString("spec_id"),
        rs.getLong("cpu"),
        rs.getLong("memory_mb"),
        rs.getLong("gpu"),
        rs.getLong("storage_gb"),
        rs.getBigDecimal("price_per_hour"),
        rs.getBigDecimal("total_price"),
        instant(rs, "earliest_start"),
        rs.getBigDecimal("energy_kwh"),
        rs.getDouble("score"),
        rs.getDouble("performance"));
  }
}
