package io.computility.server.federation.center;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * What this tier shows its parent (NET-5, NET-9.1): its name and region, whether any of its centers
 * is available (JC table 1 status), the sum of their JC table 4 snapshots and the images they
 * offer, one per image name (the name is the id a job uses).
 */
public record TierSummaryDto(
    String name,
    String region,
    @Schema(description = "1 when at least one center answers, else 0") int status,
    @Schema(description = "centers summed in monitoring") int centers,
    MonitoringDto monitoring,
    List<ImageDto> images) {}
