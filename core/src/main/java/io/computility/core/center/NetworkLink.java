package io.computility.core.center;

/**
 * Network performance from a center to a region (JC-5f network-aware strategy): latency, bandwidth,
 * jitter and packet loss as the network-awareness layer measures them.
 */
public record NetworkLink(
    String region, double latencyMs, double bandwidthMbps, double jitterMs, double lossRate) {
  public NetworkLink {
    if (latencyMs < 0 || bandwidthMbps <= 0 || jitterMs < 0 || lossRate < 0 || lossRate > 1) {
      throw new IllegalArgumentException("network link to " + region + " has invalid figures");
    }
  }
}
