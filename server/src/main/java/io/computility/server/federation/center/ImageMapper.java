package io.computility.server.federation.center;

import io.computility.core.catalog.Image;
import io.computility.server.shared.web.Check;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Images (JC table 5) between wire and domain, checking the wire form. */
public final class ImageMapper {

  private ImageMapper() {}

  public static ImageDto toDto(Image i) {
    return new ImageDto(
        i.imageId(),
        i.name(),
        i.aiCenterId(),
        i.baseOs(),
        i.framework(),
        i.resourceSpec(),
        i.createdAt(),
        i.updatedAt());
  }

  /** The image a request describes; {@code id} is the path id on update, else null. */
  public static Image toDomain(ImageDto d, String id, Instant createdAt, Instant now) {
    Check.present(d, "body");
    String imageId =
        id == null
            ? Check.id(d.imageId(), "image_id")
            : Check.samePathId(d.imageId(), id, "image_id");
    Map<String, String> baseOs = d.baseOs() == null ? Map.of() : d.baseOs();
    baseOs.forEach((k, v) -> Check.present(v, "base_os." + k));
    List<String> framework = d.framework() == null ? List.of() : d.framework();
    for (int i = 0; i < framework.size(); i++) {
      Check.id(framework.get(i), "framework[" + i + "]");
    }
    return new Image(
        imageId,
        Check.id(d.name(), "name"),
        Check.id(d.aiCenterId(), "ai_center_id"),
        baseOs,
        framework,
        Check.ids(d.resourceSpec(), "resource_spec"),
        createdAt,
        now);
  }
}
