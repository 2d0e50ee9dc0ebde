package io.computility.server.market.application;

import io.computility.server.market.catalogue.Catalogue;
import io.computility.server.market.catalogue.ProductView;
import io.computility.server.shared.web.ApiException;
import io.computility.server.shared.web.Check;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports history applications from the template (one item per row): every row is checked and every
 * error reported with its row and column; nothing is imported unless all rows are valid. Imported
 * applications are history (APPROVED or DONE, flagged imported): no approval runs and no {@link
 * ApplicationApproved} is published, so nothing is provisioned.
 */
@Service
class ApplicationImport {
  static final int MAX_ROWS = 1000;
  private final ApplicationStore store;
  private final ApplicationService service;
  private final Catalogue catalogue;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  ApplicationImport(
      ApplicationStore store,
      ApplicationService service,
      Catalogue catalogue,
      JdbcTemplate jdbc,
      Clock clock) {
    this.store = store;
    this.service = service;
    this.catalogue = catalogue;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  private record Parsed(ApplicationRow row, ItemView item) {}

  @Transactional
  ImportResult run(InputStream in) {
    List<ImportResult.RowError> errors = new ArrayList<>();
    List<Parsed> ok = new ArrayList<>();
    Set<String> numbers = new HashSet<>();
    try (Workbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getNumberOfSheets() == 0 ? null : wb.getSheetAt(0);
      if (sheet == null) throw Check.bad("file", "holds no sheet");
      if (sheet.getLastRowNum() > MAX_ROWS) {
        throw Check.bad("file", "holds more than " + MAX_ROWS + " rows");
      }
      DataFormatter fmt = new DataFormatter();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null) continue;
        Map<String, String> cells = new java.util.HashMap<>();
        boolean any = false;
        for (int c = 0; c < ApplicationSheet.IMPORT_HEADER.size(); c++) {
          String v = row.getCell(c) == null ? "" : fmt.formatCellValue(row.getCell(c)).strip();
          any |= !v.isEmpty();
          cells.put(ApplicationSheet.IMPORT_HEADER.get(c), v);
        }
        if (!any) continue;
        try {
          Parsed p = parse(cells);
          if (!numbers.add(p.row().number())) throw Check.bad("number", "repeats another row");
          ok.add(p);
        } catch (ApiException e) {
          errors.add(new ImportResult.RowError(r + 1, e.field(), e.getMessage()));
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ApiException a) throw a;
      throw Check.bad("file", "is not an Excel (.xlsx) workbook");
    }
    if (!errors.isEmpty()) return new ImportResult(0, errors);
    for (Parsed p : ok) {
      store.insert(p.row(), ApplicationService.BUSINESS_TYPE);
      store.replaceItems(p.row().id(), List.of(p.item()));
    }
    return new ImportResult(ok.size(), List.of());
  }

  private Parsed parse(Map<String, String> c) {
    String title = Check.text(c.get("title"), "title", 128);
    record User(String id, String tenantId, String orgId) {}
    String username = Check.text(c.get("applicant"), "applicant", 63);
    User u =
        jdbc
            .query(
                "select id, tenant_id, org_id from app_user where username = ?",
                (rs, i) -> new User(rs.getString(1), rs.getString(2), rs.getString(3)),
                username)
            .stream()
            .findFirst()
            .orElseThrow(() -> Check.bad("applicant", "no user " + username));
    String system = service.system(u.tenantId(), c.get("business_system_id"));
    String state = c.get("state").toUpperCase();
    if (!state.equals("APPROVED") && !state.equals("DONE")) {
      throw Check.bad("state", "must be APPROVED or DONE");
    }
    String productId = Check.id(c.get("product_id"), "product_id");
    ProductView p =
        catalogue.find(productId).orElseThrow(() -> Check.bad("product_id", "no such product"));
    long quantity;
    try {
      quantity = Long.parseLong(Check.required(c.get("quantity"), "quantity"));
    } catch (NumberFormatException e) {
      throw Check.bad("quantity", "must be a whole number");
    }
    int q = ItemValidator.quantity(quantity, "quantity");
    String duration = ItemValidator.duration(p, c.get("duration"), "duration");
    Instant created = created(c.get("created_at"));
    String number = c.get("number").isEmpty() ? service.number(created) : number(c.get("number"));
    ApplicationRow row =
        new ApplicationRow(
            "app-" + UUID.randomUUID(),
            number,
            u.tenantId(),
            u.orgId(),
            u.id(),
            username,
            system,
            null,
            title,
            ApplicationService.reason(c.get("reason")),
            state,
            null,
            true,
            created,
            created,
            created,
            created);
    ItemView item =
        new ItemView(
            "item-" + UUID.randomUUID(),
            p.id(),
            p.name(),
            ItemAction.NEW,
            null,
            q,
            p.components(),
            duration);
    return new Parsed(row, item);
  }

  private String number(String n) {
    Check.maxChars(n, "number", 32);
    if (!n.matches("[A-Za-z0-9-]+")) throw Check.bad("number", "letters, digits and - only");
    Integer taken =
        jdbc.queryForObject("select count(*) from application where number = ?", Integer.class, n);
    if (taken != null && taken > 0) throw Check.bad("number", n + " exists already");
    return n;
  }

  private Instant created(String v) {
    if (v == null || v.isEmpty()) return clock.instant();
    try {
      return Check.instant(Instant.parse(v), "created_at");
    } catch (java.time.format.DateTimeParseException e) {
      throw Check.bad("created_at", "must be an ISO-8601 instant (2025-01-01T08:00:00Z)");
    }
  }
}
