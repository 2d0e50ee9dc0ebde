package io.computility.server.monitoring.api;

import java.util.List;

/**
 * RFC 4180 CSV cells. Cells starting with = + - @ are prefixed with a quote so that spreadsheets do
 * not run them as formulas (logs carry text from anywhere).
 */
final class Csv {
  private Csv() {}

  static String line(List<?> cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) sb.append(',');
      sb.append(cell(cells.get(i)));
    }
    return sb.append("\r\n").toString();
  }

  static String cell(Object value) {
    if (value == null) return "";
    String s = value.toString();
    if (value instanceof String && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
