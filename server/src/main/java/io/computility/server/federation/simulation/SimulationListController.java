package io.computility.server.federation.simulation;

import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.PageData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's list of simulations, newest first, filtered and paged on the server: a summary per
 * run (no report, no inputs), the full run through {@code GET /api/v1/simulations/{id}}.
 */
@RestController
@Tag(name = "Simulations")
public class SimulationListController {
  static final int MAX_PAGE = 200;
  private static final Set<String> STATUSES = Set.of("RUNNING", "DONE", "FAILED");
  private static final Set<String> LEVELS = Set.of("pool", "federation");

  private final SimulationStore store;

  public SimulationListController(SimulationStore store) {
    this.store = store;
  }

  @GetMapping("/api/v1/simulations")
  @Operation(summary = "Simulations newest first, filtered by status and level, paged")
  public Envelope<PageData<SimulationStore.Summary>> list(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String level,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    if (status != null && !status.isEmpty() && !STATUSES.contains(status)) {
      throw Check.bad("status", "must be one of RUNNING, DONE, FAILED");
    }
    if (level != null && !level.isEmpty() && !LEVELS.contains(level)) {
      throw Check.bad("level", "must be pool or federation");
    }
    Check.page(page);
    Check.pageSize(size, MAX_PAGE);
    SimulationStore.Page found = store.page(blankToNull(status), blankToNull(level), page, size);
    return Envelope.ok(new PageData<>(found.items(), found.total(), page, size));
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
