package io.computility.server.federation.scheduling;

import org.springframework.modulith.NamedInterface;

/**
 * A demand to quote (NET-8.4a): per instance at least {@code cpu} cores, {@code memoryMb} MiB and
 * {@code gpu} accelerator cards (of {@code gpuType} when given), {@code quantity} instances for
 * {@code hours}; {@code region} restricts offers to centers of that region and is the origin the
 * network-aware strategies measure from; {@code policy} names the scheduling policy whose weighted
 * strategies score the centers (null: the default policy).
 */
@NamedInterface("quotes")
public record QuoteRequest(
    long cpu,
    long memoryMb,
    long gpu,
    String gpuType,
    int quantity,
    long hours,
    String region,
    String policy) {}
