package io.computility.sim.federation;

/**
 * What one policy achieved on one workload. Times in seconds of virtual time.
 *
 * @param completed jobs that ran to the end
 * @param rejected jobs the pipeline rejected (no center could ever take them)
 * @param unfinished jobs still waiting when the simulation ran out of events
 * @param meanWait mean of start − arrival over started jobs
 * @param p95Wait 95th percentile (nearest rank) of the same
 * @param meanCompletion mean job completion time, finish − arrival
 * @param costTotal Σ price per spec-hour × run hours over replicas
 * @param energyKwh Σ formula 1 (static power during the copy + execution power while running)
 * @param utilisation busy GPU-seconds / (federation GPUs × makespan)
 * @param loadVariance time-average of the variance of the centers' GPU utilisation
 * @param dataMovedGb dataset gigabytes copied to centers that did not hold them
 * @param makespan time of the last completion
 * @param curveHours virtual time of each utilisation sample, in hours
 * @param curveUtilisation federation GPU utilisation (0..1) from that sample on
 */
public record FederationResult(
    String policy,
    int completed,
    int rejected,
    int unfinished,
    double meanWait,
    double p95Wait,
    double meanCompletion,
    double costTotal,
    double energyKwh,
    double utilisation,
    double loadVariance,
    double dataMovedGb,
    double makespan,
    double[] curveHours,
    double[] curveUtilisation) {}
