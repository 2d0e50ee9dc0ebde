package io.computility.server.market.ticket;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.server.shared.jdbc.JsonColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** The {@code ticket_category} table. */
@Repository
public class TicketCategoryStore {
  private static final TypeReference<Map<String, Integer>> HOURS = new TypeReference<>() {};
  private static final String COLUMNS =
      "id, parent_id, name, builtin, enabled, sort, sla_hours::text as sla_hours, created_at,"
          + " updated_at";
  private final JdbcTemplate jdbc;
  private final JsonColumns json;

  public TicketCategoryStore(JdbcTemplate jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Every category, by sort order then name (the console builds the tree from parentId). */
  public List<TicketCategory> all() {
    return jdbc.query(
        "select " + COLUMNS + " from ticket_category order by sort, name, id", this::row);
  }

  public Optional<TicketCategory> find(String id) {
    if (!NewIds.plausible(id)) return Optional.empty();
    return jdbc
        .query("select " + COLUMNS + " from ticket_category where id = ?", this::row, id)
        .stream()
        .findFirst();
  }

  /** The category and its ancestors, the category first. */
  public List<TicketCategory> chain(String id) {
    return jdbc.query(
        "with recursive up(id, depth) as (select ?::varchar, 0 union all select c.parent_id,"
            + " up.depth + 1 from ticket_category c join up on c.id = up.id where c.parent_id is"
            + " not null) select "
            + "c.id, c.parent_id, c.name, c.builtin, c.enabled, c.sort,"
            + " c.sla_hours::text as sla_hours, c.created_at, c.updated_at"
            + " from up join ticket_category c on c.id = up.id order by up.depth",
        this::row,
        id);
  }

  void insert(TicketCategory c) {
    jdbc.update(
        "insert into ticket_category (id, parent_id, name, builtin, enabled, sort, sla_hours,"
            + " created_at, updated_at) values (?,?,?,false,?,?,?::jsonb,?,?)",
        c.id(),
        c.parentId(),
        c.name(),
        c.enabled(),
        c.sort(),
        json.write(c.slaHours()),
        ts(c.createdAt()),
        ts(c.updatedAt()));
  }

  void update(TicketCategory c) {
    jdbc.update(
        "update ticket_category set name = ?, enabled = ?, sort = ?, sla_hours = ?::jsonb,"
            + " updated_at = ? where id = ?",
        c.name(),
        c.enabled(),
        c.sort(),
        json.write(c.slaHours()),
        ts(c.updatedAt()),
        c.id());
  }

  /** Deletes a category that has no children and no tickets; false when it is in use. */
  boolean deleteUnused(String id) {
    return jdbc.update(
            "delete from ticket_category c where id = ? and not exists (select 1 from"
                + " ticket_category k where k.parent_id = c.id) and not exists (select 1 from"
                + " ticket t where t.category_id = c.id)",
            id)
        > 0;
  }

  private TicketCategory row(ResultSet rs, int i) throws SQLException {
    Map<TicketPriority, Integer> hours = new EnumMap<>(TicketPriority.class);
    json.read(rs.getString("sla_hours"), HOURS)
        .forEach((k, v) -> hours.put(TicketPriority.valueOf(k), v));
    return new TicketCategory(
        rs.getString("id"),
        rs.getString("parent_id"),
        rs.getString("name"),
        rs.getBoolean("builtin"),
        rs.getBoolean("enabled"),
        rs.getInt("sort"),
        hours,
        instant(rs, "created_at"),
        instant(rs, "updated_at"));
  }
}
