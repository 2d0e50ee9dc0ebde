package io.computility.server.cli;

import io.computility.server.testsupport.FederationTestBase;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** CLI commands against the real test server, each test with a credentials file of its own. */
abstract class CliServerTestBase extends FederationTestBase {
  @TempDir Path home;
  Path credentials;

  @BeforeEach
  void credentialsFile() {
    credentials = home.resolve("credentials");
    System.setProperty("computility.credentials", credentials.toString());
  }

  @AfterEach
  void clearCredentials() {
    System.clearProperty("computility.credentials");
  }

  String server() {
    return "http://127.0.0.1:" + port;
  }
}
