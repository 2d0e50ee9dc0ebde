/**
 * Simulation runs that compare scheduling policies on the same inputs (NET-7.3b), using the sim
 * module's simulators, which drive the same core code as the server.
 */
package io.computility.server.federation.simulation;
