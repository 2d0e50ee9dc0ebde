package io.computility.core.adapter;

import io.computility.core.resource.Resources;
import java.util.Map;

/** What the federation hands a center to start one replica (JC table 9 plus its resources). */
public record ReplicaLaunch(
    ReplicaKey key,
    String taskName,
    String command,
    String imageId,
    String resourceSpecId,
    Resources resources,
    Map<String, String> env) {

  public ReplicaLaunch {
    env = env == null ? Map.of() : Map.copyOf(env);
  }
}
