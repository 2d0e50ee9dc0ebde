package io.computility.server.federation.center;

import io.computility.core.adapter.CenterAdapter;
import io.computility.core.catalog.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Copies the images a center reports into the federation's image catalogue (JC-6.2). Image ids are
 * only unique within a center, so the stored id is "center/image"; jobs may name an image by that
 * id or by its name, which is shared across centers.
 */
@Component
public class CenterImages {
  private static final Logger log = LoggerFactory.getLogger(CenterImages.class);
  private final CatalogStore store;
  private final CatalogCache cache;

  public CenterImages(CatalogStore store, CatalogCache cache) {
    this.store = store;
    this.cache = cache;
  }

  void sync(CenterAdapter adapter) {
    try {
      for (Image i : adapter.images()) {
        store.saveImage(
            new Image(
                adapter.centerId() + "/" + i.imageId(),
                i.name(),
                adapter.centerId(),
                i.baseOs(),
                i.framework(),
                i.resourceSpec(),
                i.createdAt(),
                i.updatedAt()),
            false);
      }
      cache.invalidate();
    } catch (RuntimeException e) {
      log.warn("Images of {} not read now: {}", adapter.centerId(), e.getMessage());
    }
  }
}
