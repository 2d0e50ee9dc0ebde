package io.computility.server.federation.center;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.server.shared.web.CommaList;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A resource spec, JC table 3 field for field. */
public record SpecDto(
    @JsonProperty("resource_spec_id") String resourceSpecId,
    @JsonProperty("resource_spec_name") String resourceSpecName,
    @Schema(example = "{\"cpu\":\"1\",\"memory\":\"2Gi\",\"gpu\":\"1\"}")
        @JsonProperty("resource_quantity")
        Map<String, String> resourceQuantity,
    @JsonProperty("service_type") String serviceType,
    BigDecimal price,
    @Schema(description = "array, or one comma-separated string on input")
        @JsonProperty("computing_center_list")
        @JsonDeserialize(using = CommaList.class)
        List<String> computingCenterList,
    @Schema(accessMode = Schema.AccessMode.READ_ONLY) @JsonProperty("created_at") Instant createdAt,
    @Schema(accessMode = Schema.AccessMode.READ_ONLY) @JsonProperty("updated_at")
        Instant updatedAt) {}
