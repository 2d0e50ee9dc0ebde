/** Latency timers published to Micrometer (Prometheus). */
package io.computility.server.shared.metrics;
