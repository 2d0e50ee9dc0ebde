/** Intake of monitoring samples and events from centers and the pool, feeding the alert engine. */
package io.computility.server.monitoring.intake;
