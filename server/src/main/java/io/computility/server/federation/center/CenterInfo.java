package io.computility.server.federation.center;

import io.computility.core.center.Center;
import io.computility.core.center.CenterProfile;
import io.computility.core.center.MonitoringSnapshot;

/**
 * A center as the federation knows it: identity (JC table 1), profile, adapter type, and the latest
 * monitoring snapshot (JC table 4, null until the first poll).
 */
public record CenterInfo(
    Center center, CenterProfile profile, String adapterType, MonitoringSnapshot latest) {}
