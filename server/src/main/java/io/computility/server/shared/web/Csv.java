package io.computility.server.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV lines written by Apache Commons CSV (RFC 4180 quoting). A text cell of two or more characters
 * that starts with {@code = + - @} gets a leading {@code '} so that spreadsheets do not run it as a
 * formula (exports carry text from anywhere).
 */
public final class Csv {
  /** RFC 4180: lines end with CRLF. */
  public static final CSVFormat CRLF = CSVFormat.RFC4180;

  /** RFC 4180 quoting, lines end with LF. */
  public static final CSVFormat LF = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  private Csv() {}

  /** One record with its line end; {@code null} cells are empty. */
  public static String line(CSVFormat format, List<?> cells) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (Object cell : cells) printer.print(defused(cell));
      printer.println();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return out.toString();
  }

  static Object defused(Object cell) {
    if (cell instanceof String s && s.length() > 1 && "=+-@".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return cell;
  }
}
