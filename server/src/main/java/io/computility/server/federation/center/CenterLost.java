package io.computility.server.federation.center;

/**
 * Published when a center stayed unreachable for longer than {@code centerLostAfter}: the job
 * context fails its unfinished replicas so that retry policies can move them.
 */
public record CenterLost(String centerId, String reason) {}
