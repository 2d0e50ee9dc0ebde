package io.computility.server.market.catalogue;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The distinct model-plaza labels of the model services offered to a tenant. */
@Repository
class OfferFacets {
  private final JdbcTemplate jdbc;

  OfferFacets(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Facets of(String tenantId) {
    return new Facets(
        values(tenantId, "jsonb_array_elements_text(coalesce(p.attributes -> 'tags', '[]'))"),
        values(tenantId, "p.attributes ->> 'task'"),
        values(tenantId, "p.attributes ->> 'framework'"),
        values(
            tenantId, "jsonb_array_elements_text(coalesce(p.attributes -> 'chip_types', '[]'))"));
  }

  private List<String> values(String tenantId, String expression) {
    ProductFilter f =
        new ProductFilter().equal("type", ProductType.MODEL_SERVICE.name()).offeredTo(tenantId);
    return jdbc.queryForList(
        "select distinct v from (select "
            + expression
            + " as v from product p"
            + f.where()
            + ") x where v is not null and v <> '' order by v limit 200",
        String.class,
        f.args().toArray());
  }
}
