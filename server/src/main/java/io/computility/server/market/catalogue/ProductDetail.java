package io.computility.server.market.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A product as the back office and its provider see it: every maintained field, its lifecycle,
 * shelving and version.
 */
public record ProductDetail(
    @JsonProperty("id") String id,
    @JsonProperty("number") String number,
    @JsonProperty("name") String name,
    @JsonProperty("type") ProductType type,
    @JsonProperty("category_id") String categoryId,
    @JsonProperty("center_id") String centerId,
    @JsonProperty("provider_id") String providerId,
    @JsonProperty("provider_name") String providerName,
    @JsonProperty("introduction") String introduction,
    @JsonProperty("icon") String icon,
    @JsonProperty("components") ProductComponents components,
    @JsonProperty("specs") List<ProductSpec> specs,
    @JsonProperty("durations") List<String> durations,
    @JsonProperty("attributes") ProductAttributes attributes,
    @JsonProperty("state") String state,
    @JsonProperty("enabled") boolean enabled,
    @JsonProperty("shelf_scope") String shelfScope,
    @JsonProperty("tenants") List<String> tenants,
    @JsonProperty("version") int version,
    @JsonProperty("created_at") Instant createdAt,
    @JsonProperty("updated_at") Instant updatedAt) {

  ProductDetail withTenants(List<String> t) {
    return new ProductDetail(
        id,
        number,
        name,
        type,
        categoryId,
        centerId,
        providerId,
        providerName,
        introduction,
        icon,
        components,
        specs,
        durations,
        attributes,
        state,
        enabled,
        shelfScope,
        t,
        version,
        createdAt,
        updatedAt);
  }
}
