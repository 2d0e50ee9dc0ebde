/** Statistics reports (resource use, alerts, tasks) per day, week or month. */
package io.computility.server.monitoring.reports;
