package io.computility.server.cli;

import picocli.CommandLine.Option;

/** Options every client command shares. */
final class ClientOptions {

  @Option(
      names = "--server",
      defaultValue = "${env:COMPUTILITY_SERVER:-http://localhost:8080}",
      description = "server URL (default: $COMPUTILITY_SERVER or http://localhost:8080)")
  String server;

  @Option(names = "--json", description = "print the server's raw JSON answer")
  boolean json;

  ApiClient client() {
    return new ApiClient(server, Credentials.standard().token(server));
  }
}
