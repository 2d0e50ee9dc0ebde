package io.computility.server.federation.scheduling;

import io.computility.core.scheduling.ScoreCard;
import java.time.Instant;
import java.util.List;

/** A stored scheduling decision: which policy, what came out, and the score cards. */
public record DecisionRecord(
    String jobId,
    String policy,
    String outcome,
    String reason,
    List<ScoreCard> scoreCards,
    Instant decidedAt) {}
