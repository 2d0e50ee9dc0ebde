package io.computility.server.federation.job;

/** JC-A.4 answer data (table A.4-3): where the replica's log can be downloaded. */
public record LogUrlData(String logUrl) {}
