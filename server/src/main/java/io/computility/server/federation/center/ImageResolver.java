package io.computility.server.federation.center;

import io.computility.core.catalog.Image;
import org.springframework.stereotype.Component;

/**
 * Turns the image a job names (a catalogue id "center/image" or an image name shared across
 * centers) into the id the chosen center itself knows.
 */
@Component
public class ImageResolver {
  private final CatalogCache catalog;

  public ImageResolver(CatalogCache catalog) {
    this.catalog = catalog;
  }

  public String localId(String centerId, String ref) {
    String prefix = centerId + "/";
    for (Image i : catalog.get().images()) {
      if (!centerId.equals(i.aiCenterId())) continue;
      if (i.imageId().equals(ref) || i.name().equals(ref)) {
        return i.imageId().startsWith(prefix)
            ? i.imageId().substring(prefix.length())
            : i.imageId();
      }
    }
    return ref;
  }
}
