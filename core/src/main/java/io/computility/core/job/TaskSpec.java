package io.computility.core.job;

/** One task of a job as the user submitted it (JC table 8, JC-A.1 table A.1-3). */
public record TaskSpec(
    int index,
    String name,
    String command,
    String imageId,
    String resourceSpecId,
    int replicaNumber) {}
