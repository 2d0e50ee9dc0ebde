package io.computility.agent.enforce;

import java.util.stream.Collectors;

/** How a grant's cards are named to CUDA. */
final class CudaDevices {

  private CudaDevices() {}

  /** Node indices, comma separated, in grant order. */
  static String indices(SliceGrant grant) {
    return grant.devices().stream()
        .map(d -> Integer.toString(d.index()))
        .collect(Collectors.joining(","));
  }

  /** UUIDs, comma separated, in grant order: unambiguous under MPS, which may remap indices. */
  static String uuids(SliceGrant grant) {
    return grant.devices().stream()
        .map(SliceGrant.GrantedDevice::uuid)
        .collect(Collectors.joining(","));
  }
}
