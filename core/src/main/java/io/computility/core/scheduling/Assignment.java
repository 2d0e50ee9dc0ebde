package io.computility.core.scheduling;

import io.computility.core.data.TransferPlan;

/**
 * One replica bound to one center. {@code transfer} is non-null when the center lacks the job's
 * dataset and it must be copied in first (JC-6.3.2).
 */
public record Assignment(
    int taskIndex, int replicaIndex, String centerId, double finalScore, TransferPlan transfer) {}
