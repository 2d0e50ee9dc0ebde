package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Login throttling per client address and account instead of a lock strangers can trigger. The
 * server takes the client address from the connection (no forwarded headers are trusted), so the
 * clients here bind to different loopback addresses.
 */
@TestPropertySource(properties = "computility.security.login-throttle.first-delay=30s")
@DisplayName("ISSUE-13 login throttling")
class LoginThrottleTest extends FederationTestBase {

  /** One answer of a raw HTTP/1.1 exchange: status line, headers and body as text. */
  record Raw(int status, String text) {
    String header(String name) {
      for (String line : text.split("\r\n")) {
        if (line.isEmpty()) break;
        if (line.toLowerCase().startsWith(name.toLowerCase() + ":")) {
          return line.substring(name.length() + 1).trim();
        }
      }
      return null;
    }
  }

  /** Logs in over a socket bound to {@code from}, a loopback address such as 127.0.0.2. */
  private Raw login(String from, String user, String password) throws Exception {
    return post(
        from,
        "/api/v1/auth/login",
        "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
  }

  private Raw post(String from, String path, String json) throws Exception {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    try (Socket s =
        new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(from), 0)) {
      OutputStream out = s.getOutputStream();
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: 127.0.0.1:"
                  + port
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + body.length
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      return new Raw(Integer.parseInt(text.split(" ", 3)[1]), text);
    }
  }

  private String newUser(String name) throws Exception {
    TenantFixture f = new TenantFixture(port);
    f.user(new Http(port), name, "platform-root", "tenant-user");
    return f.name(name);
  }

  @Test
  @DisplayName(
      "ISSUE-13 six wrong passwords from one client do not stop the right password from another client")
  void otherClientStillLogsIn() throws Exception {
    String u = newUser("victim");
    for (int i = 0; i < 6; i++) login("127.0.0.21", u, "Wrong-Pw-0000");
    Raw stranger = login("127.0.0.21", u, TenantFixture.PASSWORD);
    assertThat(stranger.status()).as(stranger.text()).isEqualTo(429);
    assertThat(Long.parseLong(stranger.header("Retry-After"))).isPositive();
    assertThat(stranger.text()).contains("TOO_MANY_ATTEMPTS").contains("try again after");
    // ISSUE-15: the lock as data, with until when, naming no field
    assertThat(stranger.text())
        .contains("\"reason\":\"LOCKED\"")
        .containsPattern("\"until\":\"\\d{4}-\\d\\d-\\d\\dT[^\"]+Z\"")
        .doesNotContain("\"field\"");
    Raw owner = login("127.0.0.22", u, TenantFixture.PASSWORD);
    assertThat(owner.status()).as(owner.text()).isEqualTo(200);
    assertThat(owner.text()).contains("cty_");
  }

  @Test
  @DisplayName("ISSUE-13 fifty attempts in a burst from one client are throttled with 429")
  void burstIsThrottled() throws Exception {
    String u = newUser("burst");
    int throttled = 0;
    for (int i = 0; i < 50; i++) {
      Raw r = login("127.0.0.23", i % 2 == 0 ? u : "nobody-" + i, "Wrong-Pw-" + i);
      if (r.status() == 429) throttled++;
      else assertThat(r.status()).as(r.text()).isEqualTo(401);
    }
    assertThat(throttled).isGreaterThanOrEqualTo(25);
    // even the right password waits, from that client only
    assertThat(login("127.0.0.23", u, TenantFixture.PASSWORD).status()).isEqualTo(429);
    assertThat(login("127.0.0.24", u, TenantFixture.PASSWORD).status()).isEqualTo(200);
  }

  @Test
  @DisplayName(
      "ISSUE-13 an unknown username and a wrong password get the same answer, which does not say which was wrong")
  void sameAnswerForUnknownUser() throws Exception {
    String u = newUser("known");
    Raw known = login("127.0.0.25", u, "Wrong-Pw-0000");
    Raw unknown = login("127.0.0.26", u + "-nobody", "Wrong-Pw-0000");
    assertThat(known.status()).isEqualTo(401);
    assertThat(unknown.status()).isEqualTo(401);
    String body = known.text().substring(known.text().indexOf("\r\n\r\n"));
    assertThat(body).contains("invalid username or password").doesNotContain("bad credentials");
    assertThat(unknown.text().substring(unknown.text().indexOf("\r\n\r\n"))).isEqualTo(body);
  }

  @Test
  @DisplayName(
      "ISSUE-13 the password-change endpoint is throttled with the login; an unknown username there answers like a wrong password")
  void passwordChangeThrottled() throws Exception {
    String u = newUser("changer");
    String change =
        "{\"username\":\"%s\",\"old_password\":\"%s\",\"new_password\":\"Fresh-Pw-2027\"}";
    Raw unknown =
        post("127.0.0.27", "/api/v1/auth/password", change.formatted(u + "-x", "Wrong-Pw-0"));
    Raw wrong = post("127.0.0.28", "/api/v1/auth/password", change.formatted(u, "Wrong-Pw-0"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(wrong.status()).isEqualTo(400);
    for (int i = 0; i < 5; i++) login("127.0.0.28", u, "Wrong-Pw-" + i);
    Raw throttled =
        post("127.0.0.28", "/api/v1/auth/password", change.formatted(u, TenantFixture.PASSWORD));
    assertThat(throttled.status()).as(throttled.text()).isEqualTo(429);
    assertThat(throttled.header("Retry-After")).isNotBlank();
    assertThat(login("127.0.0.29", u, TenantFixture.PASSWORD).status()).isEqualTo(200);
  }
}
