package io.computility.server.pool;

import io.computility.core.vgpu.CardMode;

/**
 * A card as the controller stores it: identity from the agent, settings from the operator.
 *
 * @param removing the agent no longer reports the card; it goes once its tasks end
 */
public record DeviceRecord(
    String uuid,
    String node,
    int index,
    String vendor,
    String model,
    long memoryMb,
    CardMode mode,
    boolean enabled,
    double overSubscription,
    boolean removing) {

  DeviceRecord with(CardMode m, boolean e, double factor, boolean r) {
    return new DeviceRecord(uuid, node, index, vendor, model, memoryMb, m, e, factor, r);
  }
}
