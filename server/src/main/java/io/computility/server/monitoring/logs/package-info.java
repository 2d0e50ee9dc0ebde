/** Platform and task logs: intake, storage, search and export. */
package io.computility.server.monitoring.logs;
