package io.computility.server.federation.center;

import io.computility.core.adapter.AdapterException;
import io.computility.core.adapter.CenterAdapter;
import io.computility.core.adapter.QueueAware;
import io.computility.server.identity.CurrentUser;
import io.computility.server.identity.tenancy.SharedResources;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The HPC queues of a center that schedules through them, e.g. a Slurm cluster's partitions. */
@RestController
@Tag(name = "Centers", description = "Computing centers and their monitoring (JC-6.1)")
public class CenterQueueController {
  private final CenterRegistry registry;
  private final SharedResources shared;

  public CenterQueueController(CenterRegistry registry, SharedResources shared) {
    this.registry = registry;
    this.shared = shared;
  }

  @GetMapping("/api/v1/centers/{centerId}/queues")
  @Operation(summary = "HPC queues of a center, read live from it (CMP-hpcqueue)")
  public Envelope<List<QueueDto>> queues(@PathVariable String centerId) {
    Check.id(centerId, "centerId");
    CenterAdapter adapter =
        registry
            .adapter(centerId)
            .orElseThrow(
                () -> new NotFoundException("centerId", "unknown center '" + centerId + "'"));
    shared.requireVisible(
        CurrentUser.get(), SharedResources.CENTER, centerId, "centerId", "center");
    if (!(adapter instanceof QueueAware q)) {
      throw new NotFoundException("centerId", "center '" + centerId + "' has no HPC queues");
    }
    try {
      return Envelope.ok(q.queues().stream().map(QueueDto::of).toList());
    } catch (AdapterException e) {
      throw new ResponseStatusException(
          HttpStatus.SERVICE_UNAVAILABLE, "center '" + centerId + "': " + e.getMessage(), e);
    }
  }
}
