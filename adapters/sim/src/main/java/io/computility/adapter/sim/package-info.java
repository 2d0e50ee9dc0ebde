/**
 * The {@code sim} center adapter: an in-memory computing center that accounts capacity, queues
 * replicas FIFO, runs them for a duration derived from their command on a shared scheduler, injects
 * failures and, with a {@link io.computility.adapter.sim.SimJournal}, survives a kill of its host
 * process. Used by demos, tests and the simulator.
 */
package io.computility.adapter.sim;
