package io.computility.server.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, empty PostgreSQL database for one test class: on the PostgreSQL server given by {@code
 * COMPUTILITY_TEST_PG} (default {@code jdbc:postgresql://127.0.0.1:5432/}, user postgres), or, when
 * none answers there, on an embedded PostgreSQL started for the test run. Either way a real
 * PostgreSQL.
 */
public final class TestPostgres {
  private static final String SERVER =
      System.getenv().getOrDefault("COMPUTILITY_TEST_PG", "jdbc:postgresql://127.0.0.1:5432/");
  private static volatile String base;

  private TestPostgres() {}

  /** Creates a new database and returns its JDBC URL (user postgres, no password). */
  public static synchronized String newDatabase() {
    String name = "cty_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(base() + "postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("create database " + name);
    } catch (Exception e) {
      throw new IllegalStateException("cannot create test database", e);
    }
    return base() + name;
  }

  private static String base() {
    if (base != null) return base;
    try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
      base = SERVER;
    } catch (Exception unreachable) {
      try {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(pg)));
        base = "jdbc:postgresql://localhost:" + pg.getPort() + "/";
      } catch (Exception e) {
        throw new IllegalStateException("no PostgreSQL for tests", e);
      }
    }
    return base;
  }

  private static void close(EmbeddedPostgres pg) {
    try {
      pg.close();
    } catch (Exception ignored) {
      // the JVM is exiting
    }
  }
}
