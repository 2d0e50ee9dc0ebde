package io.computility.server.cli;

/** Starts the server with Spring Boot arguments and blocks until it stops; answers exit code. */
@FunctionalInterface
public interface ServerLauncher {
  int launch(String[] springArgs);
}
