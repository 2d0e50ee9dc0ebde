package io.computility.server.shared.web;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The safety net behind request validation: a database constraint error caused by a request answers
 * 4xx naming the column, never 500. Validation should have refused the input first; a mapping here
 * means a check is missing (the handler logs it at WARN).
 */
final class IntegrityErrors {
  private static final Pattern KEY = Pattern.compile("Key \\(([^)]*)\\)=");
  private static final Pattern LENGTH = Pattern.compile("varying\\((\\d+)\\)");

  /** HTTP status and errorMsg for a request-caused database error. */
  record Answer(int status, String message) {
    /** The reason as data: DUPLICATE or IN_USE for key errors, else read from the message. */
    ErrorDetail detail() {
      if (message.endsWith(" already exists")) {
        return ErrorDetail.of(ErrorReason.DUPLICATE, message.substring(0, message.length() - 15));
      }
      if (message.endsWith("does not exist or is in use")) {
        return ErrorDetail.of(ErrorReason.CONFLICT, message.substring(0, message.indexOf(' ')));
      }
      return Reasons.detail(status, null, message);
    }
  }

  private IntegrityErrors() {}

  /** The answer for the SQL error in {@code t}'s cause chain, or null when it is not input's. */
  static Answer of(Throwable t) {
    SQLException sql = sqlException(t);
    if (sql == null || sql.getSQLState() == null) return null;
    ServerErrorMessage m = sql instanceof PSQLException p ? p.getServerErrorMessage() : null;
    String column = m == null || m.getColumn() == null ? null : m.getColumn();
    return switch (sql.getSQLState()) {
      case "23502" -> new Answer(400, name(column, "a required field") + " is required");
      case "23505" -> new Answer(409, keyOf(m) + " already exists");
      case "23503" ->
          new Answer(409, keyOf(m) + " refers to something that does not exist or is in use");
      case "23514", "23P01" -> new Answer(400, constraint(m) + " is violated");
      case "22001" -> new Answer(400, name(column, "a text field") + " is too long" + limitOf(m));
      case "22003" -> new Answer(400, name(column, "a number") + " is out of range");
      case "54000" -> new Answer(400, "a value is too long to index (" + constraint(m) + ")");
      case "22021", "22P05" -> new Answer(400, "a text field contains an invalid character (NUL)");
      case "22007", "22008" -> new Answer(400, name(column, "a date") + " is out of range");
      case "22P02" -> new Answer(400, name(column, "a field") + " has an invalid format");
      default -> null;
    };
  }

  private static SQLException sqlException(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException s) return s;
      if (c.getCause() == c) break;
    }
    return null;
  }

  private static String name(String column, String otherwise) {
    return column == null ? otherwise : column;
  }

  /** " (at most N characters)" from "value too long for type character varying(N)". */
  private static String limitOf(ServerErrorMessage m) {
    Matcher n = m == null || m.getMessage() == null ? null : LENGTH.matcher(m.getMessage());
    return n != null && n.find() ? " (at most " + n.group(1) + " characters)" : "";
  }

  private static String keyOf(ServerErrorMessage m) {
    if (m == null || m.getDetail() == null) return "the key";
    Matcher k = KEY.matcher(m.getDetail());
    return k.find() ? k.group(1) : "the key";
  }

  private static String constraint(ServerErrorMessage m) {
    if (m == null) return "a constraint";
    if (m.getConstraint() != null) return "constraint " + m.getConstraint();
    String msg = m.getMessage() == null ? "" : m.getMessage();
    int idx = msg.indexOf("index \"");
    return idx >= 0 ? msg.substring(idx).replace("\"", "") : "a constraint";
  }
}
