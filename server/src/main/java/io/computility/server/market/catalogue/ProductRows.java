package io.computility.server.market.catalogue;

import io.computility.server.shared.jdbc.JsonColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/** Reads a product row (every column of {@link #COLUMNS}) into its back-office form. */
@Component
class ProductRows {
  static final String COLUMNS =
      "p.id, p.number, p.name, p.type, p.category_id, p.center_id, p.provider_id,"
          + " p.provider_name, p.introduction, p.icon, p.components, p.specs, p.durations,"
          + " p.attributes, p.state, p.enabled, p.shelf_scope, p.version, p.created_at,"
          + " p.updated_at";
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<List<ProductSpec>> SPECS = new TypeReference<>() {};
  private final JsonColumns json;

  ProductRows(JsonColumns json) {
    this.json = json;
  }

  ProductDetail detail(ResultSet rs, int row) throws SQLException {
    return new ProductDetail(
        rs.getString("id"),
        rs.getString("number"),
        rs.getString("name"),
        ProductType.valueOf(rs.getString("type")),
        rs.getString("category_id"),
        rs.getString("center_id"),
        rs.getString("provider_id"),
        rs.getString("provider_name"),
        rs.getString("introduction"),
        rs.getString("icon"),
        json.read(rs.getString("components"), ProductComponents.class),
        json.read(rs.getString("specs"), SPECS),
        json.read(rs.getString("durations"), STRINGS),
        attributes(rs.getString("attributes")),
        rs.getString("state"),
        rs.getBoolean("enabled"),
        rs.getString("shelf_scope"),
        List.of(),
        rs.getInt("version"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }

  private ProductAttributes attributes(String value) {
    ProductAttributes a = json.read(value, ProductAttributes.class);
    return new ProductAttributes(
        a.tags() == null ? List.of() : a.tags(),
        a.task() == null ? "" : a.task(),
        a.framework() == null ? "" : a.framework(),
        a.chipTypes() == null ? List.of() : a.chipTypes(),
        a.modelVersion() == null ? "" : a.modelVersion(),
        a.dataVolume() == null ? "" : a.dataVolume());
  }

  String write(Object value) {
    return json.write(value);
  }
}
