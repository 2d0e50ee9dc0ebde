package io.computility.server.market.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A product as a client sends it to register or update it; {@link ProductChecks} validates it.
 * {@code version} is required on update (optimistic locking) and ignored on create; {@code
 * provider_id} is taken from a provider's own principal and only operators may set it.
 */
public record ProductEdit(
    @JsonProperty("name") String name,
    @JsonProperty("type") String type,
    @JsonProperty("category_id") String categoryId,
    @JsonProperty("center_id") String centerId,
    @JsonProperty("provider_id") String providerId,
    @JsonProperty("provider_name") String providerName,
    @JsonProperty("introduction") String introduction,
    @JsonProperty("icon") String icon,
    @JsonProperty("components") ComponentsEdit components,
    @JsonProperty("specs") List<ComponentsEdit.Spec> specs,
    @JsonProperty("durations") List<String> durations,
    @JsonProperty("attributes") ProductAttributes attributes,
    @JsonProperty("version") Integer version) {}
