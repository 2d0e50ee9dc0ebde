package io.computility.server.federation.center;

import io.computility.core.catalog.Dataset;
import io.computility.core.catalog.Image;
import io.computility.core.catalog.ResourceSpec;
import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.resource.Resources;
import java.util.List;
import java.util.Optional;

/**
 * Centers, resource specs, images and datasets (JC-6.1–6.3). Centers come from adapters; specs,
 * images and datasets are also managed through the API. Writes throw InvalidInputException,
 * ConflictException or NotFoundException naming the field.
 */
public interface CatalogService {

  List<CenterInfo> centers();

  Optional<CenterInfo> center(String centerId);

  /** Monitoring history of one center, newest last, at most {@code limit} points. */
  List<MonitoringSnapshot> monitoringHistory(String centerId, int limit);

  /** Totals over all available centers. */
  Resources totalResources();

  List<ResourceSpec> specs();

  Optional<ResourceSpec> spec(String id);

  ResourceSpec saveSpec(ResourceSpec spec, boolean create);

  void deleteSpec(String id);

  List<Image> images();

  Optional<Image> image(String id);

  Image saveImage(Image image, boolean create);

  void deleteImage(String id);

  List<Dataset> datasets();

  Optional<Dataset> dataset(String ref);

  Dataset saveDataset(Dataset dataset, boolean create);

  void deleteDataset(String ref);
}
