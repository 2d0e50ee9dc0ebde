package io.computility.agent.device;

/** One card as a vendor tool's output describes it: what it is and what it is doing. */
record CardReading(AcceleratorDevice device, DeviceUsage usage) {}
