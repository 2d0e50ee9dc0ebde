package io.computility.server.market.application;

import io.computility.server.shared.web.Csv;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The export of applications as Excel or CSV, and the import template. */
final class ApplicationSheet {
  static final List<String> EXPORT_HEADER =
      List.of(
          "number",
          "title",
          "state",
          "tenant_id",
          "org_id",
          "applicant",
          "business_system",
          "items",
          "reason",
          "reject_reason",
          "created_at",
          "submitted_at",
          "decided_at");
  static final List<String> IMPORT_HEADER =
      List.of(
          "number",
          "title",
          "applicant",
          "business_system_id",
          "state",
          "product_id",
          "quantity",
          "duration",
          "reason",
          "created_at");

  private ApplicationSheet() {}

  static List<Object> cells(ApplicationRow a, String items) {
    List<Object> c = new ArrayList<>();
    c.add(a.number());
    c.add(a.title());
    c.add(a.state());
    c.add(a.tenantId());
    c.add(a.orgId());
    c.add(a.applicantName());
    c.add(a.businessSystemName());
    c.add(items);
    c.add(a.reason());
    c.add(a.rejectReason());
    c.add(text(a.createdAt()));
    c.add(text(a.submittedAt()));
    c.add(text(a.decidedAt()));
    return c;
  }

  static String csv(List<List<Object>> rows) {
    StringBuilder out = new StringBuilder(Csv.line(Csv.CRLF, EXPORT_HEADER));
    rows.forEach(r -> out.append(Csv.line(Csv.CRLF, r)));
    return out.toString();
  }

  static byte[] xlsx(List<String> header, List<List<Object>> rows) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("applications");
      write(sheet.createRow(0), new ArrayList<>(header));
      for (int i = 0; i < rows.size(); i++) write(sheet.createRow(i + 1), rows.get(i));
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Row row, List<Object> cells) {
    for (int i = 0; i < cells.size(); i++) {
      Object v = cells.get(i);
      if (v == null) continue;
      // a string cell: Excel never runs it as a formula, whatever it starts with
      row.createCell(i).setCellValue(String.valueOf(v));
    }
  }

  static String text(Instant i) {
    return i == null ? "" : i.toString();
  }

  /** The template: the header and one example row. */
  static byte[] template() {
    return xlsx(
        IMPORT_HEADER,
        List.of(
            List.of(
                "SQ20250101-0001",
                "GPU servers for training",
                "alice",
                "",
                "DONE",
                "prod-…",
                "1",
                "P1M",
                "history of 2025",
                "2025-01-01T08:00:00Z")));
  }
}
