/**
 * Scheduling: policies (weighted strategies), the scheduling loop, reservations, dispatch to
 * centers, decisions with their score cards, JC-A.5/A.6 score endpoints and scheduling metrics.
 */
package io.computility.server.federation.scheduling;
