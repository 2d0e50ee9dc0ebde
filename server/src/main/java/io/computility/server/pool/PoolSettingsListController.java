package io.computility.server.pool;

import io.computility.server.shared.web.Envelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists of what the pool's settings pages set by name (PUT quotas, specs, groups), so that the
 * console shows the stored settings rather than only those set in one visit.
 */
@RestController
@Tag(name = "Pool")
public class PoolSettingsListController {
  private final PoolStore store;

  public PoolSettingsListController(PoolStore store) {
    this.store = store;
  }

  public record NamedQuota(String tenant, int computePercent, long memoryMb) {}

  public record NamedSpec(String name, int computePercent, long memoryMb) {}

  public record NamedGroup(String name, List<String> cards, List<String> tenants) {}

  @GetMapping("/api/v1/pool/quotas")
  @Operation(summary = "Every tenant's pool quota, by tenant")
  public Envelope<List<NamedQuota>> quotas() {
    return Envelope.ok(
        store.quotas().entrySet().stream()
            .map(
                e ->
                    new NamedQuota(
                        e.getKey(), e.getValue().computePercent(), e.getValue().memoryMb()))
            .toList());
  }

  @GetMapping("/api/v1/pool/specs")
  @Operation(summary = "Every pool resource spec, by name")
  public Envelope<List<NamedSpec>> specs() {
    return Envelope.ok(
        store.specs().entrySet().stream()
            .map(
                e ->
                    new NamedSpec(
                        e.getKey(), e.getValue().computePercent(), e.getValue().memoryMb()))
            .toList());
  }

  @GetMapping("/api/v1/pool/groups")
  @Operation(summary = "Every resource group with its cards and authorised tenants, by name")
  public Envelope<List<NamedGroup>> groups() {
    return Envelope.ok(
        store.groups().entrySet().stream()
            .map(e -> new NamedGroup(e.getKey(), e.getValue().cards(), e.getValue().tenants()))
            .toList());
  }
}
