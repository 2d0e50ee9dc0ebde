/**
 * Jobs of the federation: the JC job API (submit, batch, query, stop, logs), validation and mapping
 * of requests, durable job and replica stores, job state evaluation and reconciliation.
 */
package io.computility.server.federation.job;
