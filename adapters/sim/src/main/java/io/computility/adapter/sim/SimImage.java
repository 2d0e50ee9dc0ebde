package io.computility.adapter.sim;

import java.util.List;
import java.util.Map;

/**
 * An image a simulated center offers (JC table 5 subset); it fits every resource spec.
 *
 * @param id JC {@code image_id}
 * @param name image name, e.g. {@code pytorch:2.3-cuda12}
 * @param framework development frameworks installed, e.g. {@code ["pytorch 2.3"]}
 * @param baseOs JC {@code base_os}, e.g. {@code {"name":"ubuntu","version":"22.04"}}
 */
public record SimImage(String id, String name, List<String> framework, Map<String, String> baseOs) {

  public SimImage {
    if (id == null || id.isBlank()) throw new IllegalArgumentException("SimImage.id is required");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("SimImage.name is required (image " + id + ")");
    }
    framework = framework == null ? List.of() : List.copyOf(framework);
    baseOs = baseOs == null ? Map.of() : Map.copyOf(baseOs);
  }
}
