package io.computility.core.adapter;

import io.computility.core.catalog.Image;
import java.util.List;

/** The image check every adapter makes before it submits a replica. */
public final class OfferedImages {
  private OfferedImages() {}

  /**
   * Fails (not transient) unless {@code offered} lists {@code imageId}.
   *
   * @param center how the message names the center, e.g. {@code "pool c1"}
   */
  public static void require(List<Image> offered, String imageId, String center) {
    if (offered.stream().noneMatch(i -> i.imageId().equals(imageId))) {
      throw new AdapterException(center + " has no image " + imageId, false);
    }
  }
}
