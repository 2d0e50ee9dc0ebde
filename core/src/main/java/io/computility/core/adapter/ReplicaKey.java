package io.computility.core.adapter;

/**
 * Names one attempt of one replica. Dispatch is idempotent on this key: an adapter that is asked to
 * submit a key it already knows returns the existing run instead of starting a second one.
 */
public record ReplicaKey(String jobId, int taskIndex, int replicaIndex, int attempt) {

  public String asString() {
    return jobId + "/" + taskIndex + "/" + replicaIndex + "/" + attempt;
  }

  public static ReplicaKey parse(String s) {
    String[] p = s.split("/");
    if (p.length != 4) throw new IllegalArgumentException("malformed replica key " + s);
    return new ReplicaKey(
        p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3]));
  }
}
