package io.computility.server.market.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A product as a tenant sees it in the marketplace (seed 003 商品广场: category, name, provider,
 * introduction, icon, service number; AI compute market: the resource's configuration and where it
 * runs; model plaza: its labels). {@code center_id} null: the platform's own pool or no center.
 */
public record Offer(
    @JsonProperty("id") String id,
    @JsonProperty("number") String number,
    @JsonProperty("name") String name,
    @JsonProperty("type") ProductType type,
    @JsonProperty("category_id") String categoryId,
    @JsonProperty("category_name") String categoryName,
    @JsonProperty("center_id") String centerId,
    @JsonProperty("center_name") String centerName,
    @JsonProperty("region") String region,
    @JsonProperty("provider_name") String providerName,
    @JsonProperty("introduction") String introduction,
    @JsonProperty("icon") String icon,
    @JsonProperty("components") ProductComponents components,
    @JsonProperty("specs") List<ProductSpec> specs,
    @JsonProperty("durations") List<String> durations,
    @JsonProperty("attributes") ProductAttributes attributes) {

  static Offer of(ProductDetail p, String categoryName, String centerName, String region) {
    return new Offer(
        p.id(),
        p.number(),
        p.name(),
        p.type(),
        p.categoryId(),
        categoryName,
        p.centerId(),
        centerName,
        region,
        p.providerName(),
        p.introduction(),
        p.icon(),
        p.components(),
        p.specs(),
        p.durations(),
        p.attributes());
  }
}
