package io.computility.server.market.catalogue;

import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.InvalidInputException;
import io.computility.server.shared.web.NotFoundException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The two-level category tree in PostgreSQL. */
@Repository
class CategoryStore {
  private static final String COLUMNS = "select id, parent_id, name, sort from product_category";
  private final JdbcTemplate jdbc;

  CategoryStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<Category> all() {
    return jdbc.query(COLUMNS + " order by sort, name, id", CategoryStore::row);
  }

  Optional<Category> find(String id) {
    return jdbc.query(COLUMNS + " where id = ?", CategoryStore::row, id).stream().findFirst();
  }

  Category require(String id, String field) {
    Check.id(id, field);
    return find(id).orElseThrow(() -> new NotFoundException(field, "no category '" + id + "'"));
  }

  /** The category a product may sit in: an existing second-level one (400 naming the field). */
  void requireLeaf(String id, String field) {
    Category c =
        find(id).orElseThrow(() -> InvalidInputException.unknownReference(field, "category", id));
    if (c.parentId() == null) throw Check.bad(field, "must be a second-level category");
  }

  void insert(String id, String parentId, String name, int sort, Instant now) {
    jdbc.update(
        "insert into product_category (id, parent_id, name, sort, created_at) values (?,?,?,?,?)",
        id,
        parentId,
        name,
        sort,
        Timestamp.from(now));
  }

  void update(String id, String name, int sort) {
    jdbc.update("update product_category set name = ?, sort = ? where id = ?", name, sort, id);
  }

  boolean nameTaken(String parentId, String name, String exceptId) {
    Integer n =
        jdbc.queryForObject(
            "select count(*) from product_category where coalesce(parent_id, '') = ? and name = ?"
                + " and id <> ?",
            Integer.class,
            parentId == null ? "" : parentId,
            name,
            exceptId);
    return n != null && n > 0;
  }

  /** Deletes an unused category; 409 naming it when products or child categories use it. */
  void delete(Category c) {
    // lock the row: a product inserted meanwhile waits for this delete, or this one sees it
    jdbc.query("select id from product_category where id = ? for update", (rs, i) -> 1, c.id());
    Integer used =
        jdbc.queryForObject(
            "select (select count(*) from product where category_id = ?)"
                + " + (select count(*) from product_category where parent_id = ?)",
            Integer.class,
            c.id(),
            c.id());
    if (used != null && used > 0) {
      throw ConflictException.inUse(
          "id", "category '" + c.name() + "' is in use by " + used + " products or categories");
    }
    jdbc.update("delete from product_category where id = ?", c.id());
  }

  private static Category row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    return new Category(
        rs.getString("id"),
        rs.getString("parent_id"),
        rs.getString("name"),
        rs.getInt("sort"),
        null);
  }
}
