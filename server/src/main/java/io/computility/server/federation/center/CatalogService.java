package io.computility.server.federation.center;

import io.computility.core.catalog.Dataset;
import io.computility.core.catalog.Image;
import io.computility.core.catalog.ResourceSpec;
import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.resource.Resources;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Centers, resource specs, images and datasets (JC-6.1–6.3). Centers come from adapters; specs,
 * images and datasets are also managed through the API. Writes throw InvalidInputException,
 * ConflictException or NotFoundException naming the field.
 *
 * <p>Centers from the registry and database; specs, images and datasets from the database.
 */
@Service
public class CatalogService {
  private final CenterRegistry registry;
  private final CenterStore centers;
  private final CatalogStore store;
  private final CatalogCache cache;

  public CatalogService(
      CenterRegistry registry, CenterStore centers, CatalogStore store, CatalogCache cache) {
    this.registry = registry;
    this.centers = centers;
    this.store = store;
    this.cache = cache;
  }

  public List<CenterInfo> centers() {
    return centers.all().stream()
        .map(c -> info(c.aiCenterId()).orElse(new CenterInfo(c, null, "detached", null)))
        .toList();
  }

  public Optional<CenterInfo> center(String centerId) {
    Optional<CenterInfo> live = info(centerId);
    if (live.isPresent()) return live;
    return centers.all().stream()
        .filter(c -> c.aiCenterId().equals(centerId))
        .findFirst()
        .map(c -> new CenterInfo(c, null, "detached", null));
  }

  private Optional<CenterInfo> info(String centerId) {
    return registry
        .get(centerId)
        .map(
            (RegisteredCenter r) ->
                new CenterInfo(
                    r.description().center(),
                    r.description().profile(),
                    r.adapterType(),
                    r.latest()));
  }

  /** Monitoring history of one center, newest last, at most {@code limit} points. */
  public List<MonitoringSnapshot> monitoringHistory(String centerId, int limit) {
    if (center(centerId).isEmpty())
      throw new NotFoundException("centerId", "no center " + centerId);
    return centers.history(centerId, limit);
  }

  /** Totals over all available centers. */
  public Resources totalResources() {
    Resources total = Resources.ZERO;
    for (RegisteredCenter r : registry.all()) {
      if (ParentTier.TYPE.equals(r.adapterType())) continue; // not this tier's resources
      if (r.latest() != null && r.unreachableSince() == null)
        total = total.plus(r.latest().total());
    }
    return total;
  }

  public List<ResourceSpec> specs() {
    return List.copyOf(cache.get().specs().values());
  }

  public Optional<ResourceSpec> spec(String id) {
    return Optional.ofNullable(cache.get().specs().get(id));
  }

  public ResourceSpec saveSpec(ResourceSpec spec, boolean create) {
    if (!create && spec(spec.resourceSpecId()).isEmpty()) {
      throw new NotFoundException("resource_spec_id", "no spec " + spec.resourceSpecId());
    }
    if (!store.saveSpec(spec, create)) {
      throw new ConflictException("resource_spec_id", "spec " + spec.resourceSpecId() + " exists");
    }
    cache.invalidate();
    // Deleted again by a concurrent call: answer what was written (it was, if briefly).
    return spec(spec.resourceSpecId()).orElse(spec);
  }

  public void deleteSpec(String id) {
    if (!store.deleteSpec(id)) throw new NotFoundException("resource_spec_id", "no spec " + id);
    cache.invalidate();
  }

  public List<Image> images() {
    return cache.get().images();
  }

  public Optional<Image> image(String id) {
    return images().stream().filter(i -> i.imageId().equals(id)).findFirst();
  }

  public Image saveImage(Image image, boolean create) {
    if (!create && image(image.imageId()).isEmpty()) {
      throw new NotFoundException("image_id", "no image " + image.imageId());
    }
    if (!store.saveImage(image, create)) {
      throw new ConflictException("image_id", "image " + image.imageId() + " exists");
    }
    cache.invalidate();
    return image(image.imageId()).orElseThrow();
  }

  public void deleteImage(String id) {
    if (!store.deleteImage(id)) throw new NotFoundException("image_id", "no image " + id);
    cache.invalidate();
  }

  public List<Dataset> datasets() {
    return store.datasets();
  }

  public Optional<Dataset> dataset(String ref) {
    return Optional.ofNullable(cache.get().datasets().get(ref));
  }

  public Dataset saveDataset(Dataset d, boolean create) {
    String ref = d.dataName() + ":" + d.dataVersion();
    if (!create && dataset(ref).isEmpty())
      throw new NotFoundException("data_name", "no dataset " + ref);
    if (!store.saveDataset(d, create))
      throw new ConflictException("data_name", "dataset " + ref + " exists");
    cache.invalidate();
    return dataset(ref).orElseThrow();
  }

  public void deleteDataset(String ref) {
    Dataset d =
        dataset(ref).orElseThrow(() -> new NotFoundException("data_name", "no dataset " + ref));
    store.deleteDataset(d.dataName(), d.dataVersion());
    cache.invalidate();
  }
}
