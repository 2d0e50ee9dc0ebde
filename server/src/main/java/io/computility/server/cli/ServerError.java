package io.computility.server.cli;

/** The server answered an error envelope, or could not be reached (exit code 1). */
final class ServerError extends RuntimeException {
  ServerError(String message) {
    super(message);
  }
}
