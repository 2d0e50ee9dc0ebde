package io.computility.server.federation.center;

import io.computility.server.shared.web.Envelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a parent tier reads of this one (NET-5, NET-9.1): the summed resources and images. */
@RestController
@RequestMapping("/api/v1/tier")
@Tag(name = "tiers")
public class TierController {
  private final TierSummary summary;

  public TierController(TierSummary summary) {
    this.summary = summary;
  }

  @GetMapping("/summary")
  @Operation(summary = "This tier as one center: status, summed JC table 4 snapshot, images")
  public Envelope<TierSummaryDto> summary() {
    return Envelope.ok(summary.now());
  }
}
