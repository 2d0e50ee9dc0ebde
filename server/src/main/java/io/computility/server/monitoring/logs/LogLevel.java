package io.computility.server.monitoring.logs;

import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/** Log levels, least severe first; {@code ordinal} is stored so ranges are cheap to query. */
@NamedInterface("logs")
public enum LogLevel {
  TRACE,
  DEBUG,
  INFO,
  WARN,
  ERROR;

  /** Reads a level, accepting any case and WARNING/FATAL as spelled by other tools. */
  public static LogLevel parse(String s) {
    String u = s.strip().toUpperCase(Locale.ROOT);
    return switch (u) {
      case "WARNING" -> WARN;
      case "FATAL", "CRITICAL" -> ERROR;
      default -> valueOf(u);
    };
  }
}
