package io.computility.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.TestAuth;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code computility login} against a real server; later commands send the stored token. */
@DisplayName("CMP-security CLI login against a real server")
class LoginCommandTest extends CliServerTestBase {

  @Test
  @DisplayName(
      "CMP-security computility login stores a token (owner-only file) that center list then sends; without it the CLI says to log in")
  void loginThenList() throws Exception {
    CliRun before = CliRun.of("center", "list", "--server", server());
    assertThat(before.code()).isEqualTo(ComputilityCli.SERVER_ERROR);
    assertThat(before.err()).contains("computility login");

    CliRun login =
        CliRun.of("login", "--server", server(), "-u", "admin", "-p", TestAuth.ADMIN_PASSWORD);
    assertThat(login.code()).as(login.err()).isEqualTo(ComputilityCli.OK);
    assertThat(Files.readString(credentials)).contains("cty_");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
        .isEqualTo("rw-------");

    CliRun list = CliRun.of("center", "list", "--server", server());
    assertThat(list.code()).as(list.err()).isEqualTo(ComputilityCli.OK);
    assertThat(list.out()).contains("alpha");
  }

  @Test
  @DisplayName("CMP-security computility login with a wrong password fails and stores nothing")
  void wrongPassword() {
    CliRun login = CliRun.of("login", "--server", server(), "-u", "admin", "-p", "Wrong-Pw-1");
    assertThat(login.code()).isEqualTo(ComputilityCli.SERVER_ERROR);
    assertThat(Files.exists(credentials)).isFalse();
  }
}
