/**
 * The {@code computility} command line (picocli): {@code up} starts the server, the other commands
 * are clients of its REST API.
 */
@ApplicationModule(
    displayName = "Command line",
    allowedDependencies = {})
package io.computility.server.cli;

import org.springframework.modulith.ApplicationModule;
