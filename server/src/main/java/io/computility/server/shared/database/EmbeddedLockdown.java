package io.computility.server.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Locks the embedded PostgreSQL down on every start (docs/configuration.md): the superuser and the
 * application role {@code computility} get their generated passwords, the role owns the database
 * {@code computility}, its schema and every object in it, and pg_hba.conf asks every connection for
 * a password (scram-sha-256, no trust). Idempotent, so a data directory of an older version (trust,
 * everything in database {@code postgres} owned by the superuser) is upgraded in place.
 */
final class EmbeddedLockdown {
  private static final String HBA =
      """
      # Written by Computility on every start: a password (scram-sha-256) for every connection.
      local   all  all                 scram-sha-256
      host    all  all  127.0.0.1/32   scram-sha-256
      host    all  all  ::1/128        scram-sha-256
      """;

  private EmbeddedLockdown() {}

  static void apply(EmbeddedPostgres pg, EmbeddedCredentials c, Path pgDir)
      throws SQLException, IOException {
    Map<String, String> login = Map.of("password", c.superPassword());
    String app = EmbeddedCredentials.APP_ROLE;
    String db = EmbeddedCredentials.DATABASE;
    try (Connection con = pg.getDatabase("postgres", "template1", login).getConnection();
        Statement st = con.createStatement()) {
      st.execute("set password_encryption = 'scram-sha-256'");
      st.execute("alter role postgres password '" + c.superPassword() + "'");
      String role =
          exists(st, "select 1 from pg_roles where rolname = '" + app + "'") ? "alter" : "create";
      st.execute(
          role
              + " role "
              + app
              + " login nosuperuser nocreatedb nocreaterole noreplication password '"
              + c.appPassword()
              + "'");
      if (!exists(st, "select 1 from pg_database where datname = '" + db + "'")) {
        if (olderLayout(pg, login)) {
          // an older version kept everything in database postgres: it becomes computility
          st.execute("alter database postgres rename to " + db);
          st.execute("create database postgres");
        } else {
          st.execute("create database " + db + " owner " + app);
        }
      }
      st.execute("alter database " + db + " owner to " + app);
      st.execute("revoke all on database " + db + " from public");
    }
    try (Connection con = pg.getDatabase("postgres", db, login).getConnection();
        Statement st = con.createStatement()) {
      st.execute("alter schema public owner to " + app);
      for (String sql : ownershipChanges(st, app)) st.execute(sql);
    }
    Files.writeString(pgDir.resolve("pg_hba.conf"), HBA);
    try (Connection con = pg.getDatabase("postgres", "postgres", login).getConnection();
        Statement st = con.createStatement()) {
      st.execute("select pg_reload_conf()");
    }
  }

  private static boolean olderLayout(EmbeddedPostgres pg, Map<String, String> login)
      throws SQLException {
    try (Connection con = pg.getDatabase("postgres", "postgres", login).getConnection();
        Statement st = con.createStatement()) {
      return exists(st, "select 1 where to_regclass('public.flyway_schema_history') is not null");
    }
  }

  /** ALTER … OWNER for every object of schema public the role does not own yet. */
  private static List<String> ownershipChanges(Statement st, String app) throws SQLException {
    List<String> sql = new ArrayList<>();
    String notMine = " and pg_get_userbyid(%s) <> '" + app + "'";
    // tables first: their indexes and owned sequences follow them
    query(
        st,
        "select c.relkind, quote_ident(c.relname) from pg_class c join pg_namespace n on"
            + " n.oid = c.relnamespace where n.nspname = 'public' and c.relkind in"
            + " ('r','p','v','m','f')"
            + notMine.formatted("c.relowner")
            + " order by c.relkind",
        rs ->
            sql.add(
                "alter "
                    + kind(rs.getString(1))
                    + " public."
                    + rs.getString(2)
                    + " owner to "
                    + app));
    query(
        st,
        "select quote_ident(c.relname) from pg_class c join pg_namespace n on n.oid ="
            + " c.relnamespace where n.nspname = 'public' and c.relkind = 'S' and not exists"
            + " (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a','i'))"
            + notMine.formatted("c.relowner"),
        rs -> sql.add("alter sequence public." + rs.getString(1) + " owner to " + app));
    query(
        st,
        "select p.oid::regprocedure::text from pg_proc p join pg_namespace n on n.oid ="
            + " p.pronamespace where n.nspname = 'public'"
            + notMine.formatted("p.proowner"),
        rs -> sql.add("alter routine " + rs.getString(1) + " owner to " + app));
    return sql;
  }

  private static String kind(String relkind) {
    return switch (relkind) {
      case "v" -> "view";
      case "m" -> "materialized view";
      case "f" -> "foreign table";
      default -> "table";
    };
  }

  private interface Row {
    void accept(ResultSet rs) throws SQLException;
  }

  private static void query(Statement st, String sql, Row row) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) row.accept(rs);
    }
  }

  private static boolean exists(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      return rs.next();
    }
  }
}
