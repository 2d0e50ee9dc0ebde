package io.computility.server.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL of a real server process: a generated password in a 0600 file, no
 * connection without it, the platform connected as a non-superuser owner role; an older data
 * directory (trust, everything owned by the superuser in database postgres) is upgraded on start.
 */
@DisplayName("ISSUE-13 the embedded PostgreSQL is locked down")
class EmbeddedDatabaseLockdownTest {

  private static Path dataDir(String name) throws Exception {
    Path data = Files.createDirectories(Paths.get("target", name + "-" + System.nanoTime()));
    Files.copy(
        Paths.get(
            EmbeddedDatabaseLockdownTest.class.getResource("/topology/test-topology.yaml").toURI()),
        data.resolve("topology.yaml"));
    return data;
  }

  private static ServerProcess start(Path data) throws Exception {
    return ServerProcess.start(
        data, data.resolve("topology.yaml"), ServerProcess.freePort(), data.resolve("server.log"));
  }

  private static int pgPort(Path data) throws Exception {
    return Integer.parseInt(
        Files.readAllLines(data.resolve("postgres").resolve("postmaster.pid")).get(3).trim());
  }

  private static Connection connect(int port, String user, String password) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", user);
    if (password != null) p.setProperty("password", password);
    return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/computility", p);
  }

  private static String query(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** The checks of a locked-down embedded database; answers the app role's connection. */
  private static Connection assertLockedDown(Path data) throws Exception {
    Path file = data.resolve("postgres").resolve("computility.credentials");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    Properties creds = new Properties();
    try (var r = Files.newBufferedReader(file)) {
      creds.load(r);
    }
    int port = pgPort(data);
    assertThatThrownBy(() -> connect(port, "postgres", null).close())
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("password");
    assertThatThrownBy(() -> connect(port, "computility", null).close())
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> connect(port, "computility", "wrong").close())
        .isInstanceOf(SQLException.class);
    Connection app = connect(port, "computility", creds.getProperty("app.password"));
    assertThat(query(app, "select rolsuper from pg_roles where rolname = current_user"))
        .isEqualTo("f");
    assertThat(
            query(
                app,
                "select count(*) from pg_tables where schemaname = 'public'"
                    + " and tableowner <> current_user"))
        .isEqualTo("0");
    assertThat(query(app, "select count(*) from flyway_schema_history")).isNotEqualTo("0");
    return app;
  }

  private static int submit(ServerProcess s) throws Exception {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(s.url("/openapi/v1/trainjob")))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + s.adminToken())
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"name\":\"lockdown\",\"tasks\":[{\"name\":\"t\",\"command\":\"sleep 1\","
                        + "\"imageId\":\"pytorch-2.3\",\"resourceSpecId\":\"cpu-4\","
                        + "\"replicaNumber\":1}]}"))
            .build();
    return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  @Test
  @DisplayName(
      "ISSUE-13 a fresh data directory: password file 0600, no connection without it, the platform is a non-superuser owner; a restart reuses it")
  void freshDirectory() throws Exception {
    Path data = dataDir("lockdown-fresh");
    ServerProcess s = start(data);
    try (Connection app = assertLockedDown(data)) {
      assertThat(submit(s)).isEqualTo(201);
    } finally {
      s.stop();
    }
    String before = Files.readString(data.resolve("postgres").resolve("computility.credentials"));
    ServerProcess again = start(data);
    try (Connection app = assertLockedDown(data)) {
      assertThat(query(app, "select count(*) from job where name = 'lockdown'")).isEqualTo("1");
    } finally {
      again.stop();
    }
    assertThat(Files.readString(data.resolve("postgres").resolve("computility.credentials")))
        .isEqualTo(before);
  }

  @Test
  @DisplayName(
      "ISSUE-13 a data directory of an older version (trust, superuser-owned tables in database postgres) is upgraded on start and keeps its data")
  void olderDirectory() throws Exception {
    Path data = dataDir("lockdown-old");
    Path pgDir = Files.createDirectories(data.resolve("postgres"));
    // what earlier versions did: trust, superuser postgres, Flyway into database postgres
    try (EmbeddedPostgres old =
        EmbeddedPostgres.builder().setDataDirectory(pgDir).setCleanDataDirectory(false).start()) {
      Flyway.configure()
          .dataSource(old.getPostgresDatabase())
          .locations("classpath:db/migration")
          .load()
          .migrate();
      try (Connection c = old.getPostgresDatabase().getConnection();
          Statement st = c.createStatement()) {
        st.execute(
            "insert into tenant (id, name, created_at, updated_at)"
                + " values ('legacy', 'legacy', now(), now())");
      }
    }
    ServerProcess s = start(data);
    try (Connection app = assertLockedDown(data)) {
      assertThat(query(app, "select name from tenant where id = 'legacy'")).isEqualTo("legacy");
      assertThat(submit(s)).isEqualTo(201);
    } finally {
      s.stop();
    }
  }
}
