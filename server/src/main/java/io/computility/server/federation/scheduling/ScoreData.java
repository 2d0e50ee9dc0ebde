package io.computility.server.federation.scheduling;

/** JC-A.5 / A.6 answer data (tables A.5-3, A.6-3): a score from 0 to 100. */
public record ScoreData(int score) {}
