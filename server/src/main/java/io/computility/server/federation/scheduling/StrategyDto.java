package io.computility.server.federation.scheduling;

/** One scheduling strategy (JC-6.6.2): its id, usable as a JC-A.5 algorithmId. */
public record StrategyDto(String id, String description) {}
