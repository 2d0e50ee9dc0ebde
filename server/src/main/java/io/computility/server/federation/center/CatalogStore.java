package io.computility.server.federation.center;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.core.catalog.Dataset;
import io.computility.core.catalog.DatasetLocation;
import io.computility.core.catalog.Image;
import io.computility.core.catalog.ResourceSpec;
import io.computility.core.resource.ResourceQuantity;
import io.computility.server.shared.jdbc.JsonColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** Resource specs (JC table 3), images (table 5) and datasets (table 6). */
@Repository
public class CatalogStore {
  private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};
  private static final TypeReference<List<DatasetLocation>> LOCATIONS = new TypeReference<>() {};

  private final JdbcTemplate jdbc;
  private final JsonColumns json;

  public CatalogStore(JdbcTemplate jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public List<ResourceSpec> specs() {
    return jdbc.query("select * from resource_spec order by resource_spec_id", this::spec);
  }

  /** Inserts or replaces; returns false on insert when the id exists ({@code create}). */
  public boolean saveSpec(ResourceSpec s, boolean create) {
    String sql =
        "insert into resource_spec (resource_spec_id, resource_spec_name, resource_quantity,"
            + " service_type, price, computing_center_list, created_at, updated_at) values"
            + " (?,?,?::jsonb,?,?,?,?,?) on conflict (resource_spec_id) do "
            + (create
                ? "nothing"
                : "update set resource_spec_name = excluded.resource_spec_name, resource_quantity"
                    + " = excluded.resource_quantity, service_type = excluded.service_type, price"
                    + " = excluded.price, computing_center_list = excluded.computing_center_list,"
                    + " updated_at = excluded.updated_at");
    return jdbc.update(
            sql,
            s.resourceSpecId(),
            s.resourceSpecName(),
            json.write(s.resourceQuantity()),
            s.serviceType(),
            s.price(),
            String.join(",", s.computingCenterList()),
            ts(s.createdAt()),
            ts(s.updatedAt()))
        > 0;
  }

  public boolean deleteSpec(String id) {
    return jdbc.update("delete from resource_spec where resource_spec_id = ?", id) > 0;
  }

  public List<Image> images() {
    return jdbc.query("select * from image order by image_id", this::image);
  }

  public boolean saveImage(Image i, boolean create) {
    String sql =
        "insert into image (image_id, name, ai_center_id, base_os, framework, resource_spec,"
            + " created_at, updated_at) values (?,?,?,?::jsonb,?,?,?,?) on conflict (image_id) do "
            + (create
                ? "nothing"
                : "update set name = excluded.name, ai_center_id = excluded.ai_center_id, base_os"
                    + " = excluded.base_os, framework = excluded.framework, resource_spec ="
                    + " excluded.resource_spec, updated_at = excluded.updated_at");
    return jdbc.update(
            sql,
            i.imageId(),
            i.name(),
            i.aiCenterId(),
            json.write(i.baseOs()),
            String.join(",", i.framework()),
            String.join(",", i.resourceSpec()),
            ts(i.createdAt()),
            ts(i.updatedAt()))
        > 0;
  }

  public boolean deleteImage(String id) {
    return jdbc.update("delete from image where image_id = ?", id) > 0;
  }

  public List<Dataset> datasets() {
    return jdbc.query("select * from dataset order by data_name, data_version", this::dataset);
  }

  public boolean saveDataset(Dataset d, boolean create) {
    String sql =
        "insert into dataset (data_name, data_version, size_mb, created_user, location,"
            + " created_at, updated_at) values (?,?,?,?,?::jsonb,?,?) on conflict (data_name,"
            + " data_version) do "
            + (create
                ? "nothing"
                : "update set size_mb = excluded.size_mb, created_user = excluded.created_user,"
                    + " location = excluded.location, updated_at = excluded.updated_at");
    return jdbc.update(
            sql,
            d.dataName(),
            d.dataVersion(),
            d.sizeMb(),
            d.createdUser(),
            json.write(d.location()),
            ts(d.createdAt()),
            ts(d.updatedAt()))
        > 0;
  }

  public boolean deleteDataset(String name, String version) {
    return jdbc.update(
            "delete from dataset where data_name = ? and data_version = ?", name, version)
        > 0;
  }

  private ResourceSpec spec(ResultSet rs, int i) throws SQLException {
    Map<String, String> q = json.read(rs.getString("resource_quantity"), STRING_MAP);
    return new ResourceSpec(
        rs.getString("resource_spec_id"),
        rs.getString("resource_spec_name"),
        q,
        ResourceQuantity.parse(q),
        rs.getString("service_type"),
        rs.getBigDecimal("price"),
        csv(rs.getString("computing_center_list")),
        instant(rs, "created_at"),
        instant(rs, "updated_at"));
  }

  private Image image(ResultSet rs, int i) throws SQLException {
    return new Image(
        rs.getString("image_id"),
        rs.getString("name"),
        rs.getString("ai_center_id"),
        json.read(rs.getString("base_os"), STRING_MAP),
        csv(rs.getString("framework")),
        csv(rs.getString("resource_spec")),
        instant(rs, "created_at"),
        instant(rs, "updated_at"));
  }

  private Dataset dataset(ResultSet rs, int i) throws SQLException {
    return new Dataset(
        rs.getString("data_name"),
        rs.getString("data_version"),
        rs.getLong("size_mb"),
        rs.getString("created_user"),
        json.read(rs.getString("location"), LOCATIONS),
        instant(rs, "created_at"),
        instant(rs, "updated_at"));
  }

  static List<String> csv(String s) {
    if (s == null || s.isBlank()) return List.of();
    return Arrays.stream(s.split("[,，]")).map(String::trim).filter(x -> !x.isEmpty()).toList();
  }
}
