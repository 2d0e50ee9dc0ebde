package io.computility.server.shared.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** Small conversions between JDBC and domain types. */
public final class Sql {
  private Sql() {}

  public static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }

  public static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
