package io.computility.server.market.ticket;

import java.time.Instant;

/**
 * What a resource work order asks for (CMP-aipool 特殊规格 for a time window): amounts of one special
 * spec, optionally of a card model, between {@code from} and {@code until}.
 *
 * @param cpu cores
 * @param memoryMb memory in MiB
 * @param gpu accelerator cards
 * @param gpuModel card model, or null for any
 * @param from start of the window
 * @param until end of the window
 */
public record ResourceRequest(
    int cpu, long memoryMb, int gpu, String gpuModel, Instant from, Instant until) {}
