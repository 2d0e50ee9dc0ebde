package io.computility.server.federation.center;

import io.computility.server.federation.Centers;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@link Centers} from the center table. */
@Component
class CenterDirectory implements Centers {
  private final CenterStore store;

  CenterDirectory(CenterStore store) {
    this.store = store;
  }

  @Override
  public List<CenterRef> list() {
    return store.all().stream()
        .map(c -> new CenterRef(c.aiCenterId(), c.name(), c.region()))
        .toList();
  }
}
