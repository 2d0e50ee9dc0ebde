package io.computility.core.catalog;

/**
 * Where one copy of a dataset lives, one element of JC table 6 {@code location}.
 *
 * @param access "r" or "rw": whether other centers may read it
 * @param downloadSuccessRate share of past downloads from here that succeeded, 0..1
 *     (download_state)
 * @param downloadRateLimitMbps highest download rate this center allows
 * @param concurrencyLimit most concurrent downloads this center allows
 * @param currentDownloads downloads running now
 * @param networkTopology logical position, e.g. "cn-east/sh/az1": shared prefixes mean closeness
 * @param downloadCostSeconds average time past downloads took (download_cost)
 */
public record DatasetLocation(
    String datasetUrl,
    String access,
    String aiCenterId,
    double downloadSuccessRate,
    double downloadRateLimitMbps,
    int concurrencyLimit,
    int currentDownloads,
    String networkTopology,
    double downloadCostSeconds) {

  public boolean readable() {
    return access != null && access.startsWith("r");
  }
}
