package io.computility.core.adapter;

import io.computility.core.center.Center;
import io.computility.core.center.CenterProfile;

/** Who a center is (JC table 1) and what it declares for scheduling. */
public record CenterDescription(Center center, CenterProfile profile) {}
