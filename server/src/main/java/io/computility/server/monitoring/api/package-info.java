/** The monitoring REST API: alerts, rules, silences, forwarding, notifications, logs, reports. */
package io.computility.server.monitoring.api;
