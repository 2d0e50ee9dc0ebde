package io.computility.server.identity.tenancy;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.server.shared.jdbc.JsonColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Organisation trees, one per tenant. */
@Repository
public class OrgStore {
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final JsonColumns json;

  public OrgStore(JdbcTemplate jdbc, JsonColumns json, ApplicationEventPublisher events) {
    this.events = events;
    this.jdbc = jdbc;
    this.json = json;
  }

  public void insert(OrgRow o) {
    jdbc.update(
        "insert into org_unit (id, tenant_id, parent_id, name, quota, created_at)"
            + " values (?,?,?,?,?::jsonb,?)",
        o.id(),
        o.tenantId(),
        o.parentId(),
        o.name(),
        json.write(o.quota()),
        ts(o.createdAt()));
    changed(true, "org " + o.id() + " added");
  }

  public Optional<OrgRow> find(String tenantId, String orgId) {
    return jdbc
        .query("select * from org_unit where tenant_id = ? and id = ?", this::row, tenantId, orgId)
        .stream()
        .findFirst();
  }

  /** Any tenant's organisation: for callers that see every tenant. */
  public Optional<OrgRow> findAnyTenant(String orgId) {
    return jdbc.query("select * from org_unit where id = ?", this::row, orgId).stream().findFirst();
  }

  public List<OrgRow> tree(String tenantId) {
    return jdbc.query(
        "select * from org_unit where tenant_id = ? order by created_at, id", this::row, tenantId);
  }

  public Optional<OrgRow> root(String tenantId) {
    return jdbc
        .query(
            "select * from org_unit where tenant_id = ? and parent_id is null", this::row, tenantId)
        .stream()
        .findFirst();
  }

  /** The organisation and every organisation below it. */
  public List<String> withDescendants(String tenantId, String orgId) {
    return withDescendants(tree(tenantId), orgId);
  }

  /** The organisation and all below it in an already loaded tree. */
  public static List<String> withDescendants(List<OrgRow> tree, String orgId) {
    Map<String, List<String>> children = new HashMap<>();
    for (OrgRow o : tree) {
      if (o.parentId() != null) {
        children.computeIfAbsent(o.parentId(), k -> new ArrayList<>()).add(o.id());
      }
    }
    List<String> out = new ArrayList<>();
    ArrayList<String> todo = new ArrayList<>(List.of(orgId));
    while (!todo.isEmpty()) {
      String id = todo.remove(todo.size() - 1);
      out.add(id);
      todo.addAll(children.getOrDefault(id, List.of()));
    }
    return out;
  }

  /** Users directly in each organisation of the tenant. */
  public Map<String, Long> directMembers(String tenantId) {
    Map<String, Long> out = new HashMap<>();
    jdbc.query(
        "select org_id, count(*) n from app_user where tenant_id = ? group by org_id",
        rs -> {
          out.put(rs.getString("org_id"), rs.getLong("n"));
        },
        tenantId);
    return out;
  }

  public boolean update(String tenantId, String orgId, String name, String parentId, Quota q) {
    return changed(
        jdbc.update(
                "update org_unit set name = ?, parent_id = ?, quota = ?::jsonb"
                    + " where tenant_id = ? and id = ?",
                name,
                parentId,
                json.write(q),
                tenantId,
                orgId)
            > 0,
        "org " + orgId + " updated");
  }

  public void setQuotaEnforced(String tenantId, String orgId, boolean enforced) {
    jdbc.update(
        "update org_unit set quota_enforced = ? where tenant_id = ? and id = ?",
        enforced,
        tenantId,
        orgId);
  }

  /** Deletes a leaf organisation without members; false when it has children or users. */
  public boolean deleteEmptyLeaf(String tenantId, String orgId) {
    return changed(
        jdbc.update(
                "delete from org_unit o where tenant_id = ? and id = ? and parent_id is not null"
                    + " and not exists (select 1 from org_unit c where c.parent_id = o.id)"
                    + " and not exists (select 1 from app_user u where u.org_id = o.id)"
                    + " and not exists (select 1 from business_system b where b.org_id = o.id)",
                tenantId,
                orgId)
            > 0,
        "org " + orgId + " deleted");
  }

  private OrgRow row(ResultSet rs, int i) throws SQLException {
    return new OrgRow(
        rs.getString("id"),
        rs.getString("tenant_id"),
        rs.getString("parent_id"),
        rs.getString("name"),
        TenantStore.quota(json, rs.getString("quota")),
        rs.getBoolean("quota_enforced"),
        instant(rs, "created_at"));
  }

  /** Tells the principal cache, once committed, that tokens may resolve differently now. */
  private boolean changed(boolean did, String what) {
    if (did) events.publishEvent(new IdentityChanged(what));
    return did;
  }
}
