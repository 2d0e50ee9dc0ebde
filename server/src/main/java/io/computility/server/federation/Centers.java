package io.computility.server.federation;

import java.util.List;
import java.util.Optional;

/**
 * The federation's centers as other modules read them (the market's products name the center they
 * run on): id, display name and region, nothing of their adapters or state.
 */
public interface Centers {

  /** One center. */
  record CenterRef(String id, String name, String region) {}

  /** Every center the federation knows, in join order. */
  List<CenterRef> list();

  /** A center by id. */
  default Optional<CenterRef> find(String centerId) {
    return list().stream().filter(c -> c.id().equals(centerId)).findFirst();
  }
}
