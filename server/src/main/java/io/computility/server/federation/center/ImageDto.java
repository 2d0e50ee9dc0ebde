package io.computility.server.federation.center;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.server.shared.web.CommaList;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.annotation.JsonDeserialize;

/** An image, JC table 5 field for field. */
public record ImageDto(
    @JsonProperty("image_id") String imageId,
    String name,
    @JsonProperty("ai_center_id") String aiCenterId,
    @Schema(example = "{\"base_os\":\"ubuntu22.04\",\"cuda_version\":\"12.2\"}")
        @JsonProperty("base_os")
        Map<String, String> baseOs,
    @Schema(description = "array, or one comma-separated string on input")
        @JsonDeserialize(using = CommaList.class)
        List<String> framework,
    @Schema(description = "spec ids the image fits; array or comma-separated string on input")
        @JsonProperty("resource_spec")
        @JsonDeserialize(using = CommaList.class)
        List<String> resourceSpec,
    @Schema(accessMode = Schema.AccessMode.READ_ONLY) @JsonProperty("created_at") Instant createdAt,
    @Schema(accessMode = Schema.AccessMode.READ_ONLY) @JsonProperty("updated_at")
        Instant updatedAt) {}
