package io.computility.server.federation.center;

import io.computility.core.catalog.Dataset;
import io.computility.core.catalog.DatasetLocation;
import io.computility.server.shared.web.Check;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Datasets (JC table 6) between wire and domain, checking the wire form. */
public final class DatasetMapper {

  private DatasetMapper() {}

  public static DatasetDto toDto(Dataset d) {
    List<DatasetDto.Location> locations = new ArrayList<>();
    for (DatasetLocation l : d.location()) {
      locations.add(
          new DatasetDto.Location(
              l.datasetUrl(),
              l.access(),
              l.aiCenterId(),
              l.downloadSuccessRate(),
              l.downloadRateLimitMbps(),
              l.concurrencyLimit(),
              l.currentDownloads(),
              l.networkTopology(),
              l.downloadCostSeconds()));
    }
    return new DatasetDto(
        d.dataName(),
        d.dataVersion(),
        d.sizeMb(),
        d.createdUser(),
        locations,
        d.createdAt(),
        d.updatedAt());
  }

  /** The dataset a request describes; {@code ref} ("name:version") is the path on update. */
  public static Dataset toDomain(DatasetDto d, String ref, Instant createdAt, Instant now) {
    Check.present(d, "body");
    String name = Check.id(d.dataName(), "data_name");
    String version = Check.id(d.dataVersion(), "data_version");
    if (ref != null) {
      int colon = ref.indexOf(':');
      Check.samePathId(name, colon < 0 ? ref : ref.substring(0, colon), "data_name");
      if (colon >= 0) Check.samePathId(version, ref.substring(colon + 1), "data_version");
    }
    long size = (long) Check.atLeast(Check.present(d.sizeMb(), "size_mb"), 0, "size_mb");
    List<DatasetDto.Location> in = Check.nonEmpty(d.location(), "location");
    List<DatasetLocation> locations = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) locations.add(location(in.get(i), "location[" + i + "]"));
    return new Dataset(
        name,
        version,
        size,
        Check.id(d.createdUser(), "created_user"), // not null in the table
        locations,
        createdAt,
        now);
  }

  private static DatasetLocation location(DatasetDto.Location l, String at) {
    Check.present(l, at);
    String access = Check.required(l.access(), at + ".access");
    if (!access.equals("r") && !access.equals("rw")) {
      throw Check.bad(at + ".access", "must be r or rw, was '" + access + "'");
    }
    double state = l.downloadState() == null ? 1.0 : l.downloadState();
    Integer concurrency = Check.present(l.concurrencyLimit(), at + ".concurrency_limit");
    double rate = Check.present(l.downloadRateLimit(), at + ".download_rate_limit");
    if (rate <= 0) throw Check.bad(at + ".download_rate_limit", "must be > 0, was " + rate);
    int current = l.currentDownloads() == null ? 0 : l.currentDownloads();
    return new DatasetLocation(
        Check.required(l.datasetUrl(), at + ".dataset_url"),
        access,
        Check.id(l.aiCenterId(), at + ".ai_center_id"),
        Check.between(state, 0, 1, at + ".download_state"),
        rate,
        Check.positive(concurrency, at + ".concurrency_limit"),
        (int) Check.atLeast(current, 0, at + ".current_downloads"),
        Check.belowBytes(l.networkTopology(), at + ".network_topology", 2 * Check.ID_BYTES),
        Check.atLeast(l.downloadCost() == null ? 0 : l.downloadCost(), 0, at + ".download_cost"));
  }
}
