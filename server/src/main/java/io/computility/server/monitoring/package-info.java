/**
 * Operational monitoring: sample and event intake ({@code intake}), alert rules, silences,
 * forwarding and notifications ({@code alerts}), platform and task logs ({@code logs}), statistics
 * reports ({@code reports}) and their REST API ({@code api}). Other contexts feed it through the
 * types marked {@code @NamedInterface("intake")} and {@code @NamedInterface("logs")}, and post
 * users personal inbox messages through {@code @NamedInterface("inbox")}.
 */
@ApplicationModule(
    displayName = "Monitoring",
    allowedDependencies = {"shared"})
package io.computility.server.monitoring;

import org.springframework.modulith.ApplicationModule;
