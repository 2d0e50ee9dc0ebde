package io.computility.adapter.kubernetes;

import io.computility.core.adapter.ReplicaKey;
import java.util.Locale;

/** Kubernetes object names (DNS-1123 labels, at most 63 characters) for replica keys. */
final class ReplicaNames {
  /** Label on the workload and its pods naming the replica. */
  static final String LABEL = "computility.io/replica";

  /** Annotation holding the exact replica key. */
  static final String KEY_ANNOTATION = "computility.io/replica-key";

  /** Annotation set when the federation stopped the replica. */
  static final String STOPPED_ANNOTATION = "computility.io/stopped";

  private ReplicaNames() {}

  static String of(ReplicaKey key) {
    String n =
        ("jc-" + key.asString())
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9-]+", "-")
            .replaceAll("-+", "-")
            .replaceAll("-$", "");
    if (n.length() <= 63) return n;
    String hash = Integer.toHexString(key.asString().hashCode());
    return n.substring(0, 62 - hash.length()).replaceAll("-$", "") + "-" + hash;
  }
}
