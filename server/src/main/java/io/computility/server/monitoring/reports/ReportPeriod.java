package io.computility.server.monitoring.reports;

import java.util.Locale;

/** How report rows are bucketed; buckets start at UTC midnight, Monday, or the 1st. */
public enum ReportPeriod {
  DAY,
  WEEK,
  MONTH;

  /** The PostgreSQL date_trunc field. */
  String truncField() {
    return name().toLowerCase(Locale.ROOT);
  }
}
