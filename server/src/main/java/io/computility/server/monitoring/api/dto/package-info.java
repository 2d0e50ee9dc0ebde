/** Wire records of the monitoring API. */
package io.computility.server.monitoring.api.dto;
