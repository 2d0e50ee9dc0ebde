package io.computility.server.federation.scheduling;

/**
 * JC-6.7 scheduling performance over a window of submitted jobs: scheduling time T = t_s − t_r
 * (from receiving the job to handing its last replica to a center) and throughput N / T_total.
 *
 * @param submitted jobs received in the window
 * @param dispatched of those, jobs whose every replica has been handed to a center
 * @param throughputPerSecond dispatched jobs divided by the time from the first receipt to the last
 *     dispatch
 */
public record SchedulingMetrics(
    long submitted,
    long dispatched,
    double p50Millis,
    double p99Millis,
    double meanMillis,
    double throughputPerSecond) {}
