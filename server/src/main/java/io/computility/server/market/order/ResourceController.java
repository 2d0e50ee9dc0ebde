package io.computility.server.market.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.server.identity.CurrentUser;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.PageData;
import io.computility.server.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** My resources (我的资源): what active orders provide, start and stop, a model service's key. */
@RestController
@RequestMapping("/api/v1/market/resources")
@Tag(name = "Market orders")
public class ResourceController {
  private final OrderQueries queries;
  private final ResourceActions actions;

  ResourceController(OrderQueries queries, ResourceActions actions) {
    this.queries = queries;
    this.actions = actions;
  }

  /** An API key, shown once. */
  public record KeyData(@JsonProperty("api_key") String apiKey) {}

  @GetMapping
  @Operation(summary = "Resources of the active orders in the caller's scope")
  public Envelope<PageData<ResourceView>> list(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    int p = page == null ? 0 : Check.page(page);
    int s = size == null ? Paging.DEFAULT_SIZE : Check.pageSize(size, Paging.MAX_SIZE);
    return Envelope.ok(queries.resources(CurrentUser.get(), p, s));
  }

  @PostMapping("/{id}/stop")
  @Operation(summary = "Stop a resource that can be stopped (a vGPU slice); 409 with the reason")
  public Envelope<ResourceView> stop(@PathVariable String id) {
    return Envelope.ok(actions.stop(CurrentUser.get(), Check.id(id, "id")));
  }

  @PostMapping("/{id}/start")
  @Operation(summary = "Start a stopped resource again; 409 with the reason when it cannot")
  public Envelope<ResourceView> start(@PathVariable String id) {
    return Envelope.ok(actions.start(CurrentUser.get(), Check.id(id, "id")));
  }

  @PostMapping("/{id}/api-key")
  @Operation(
      summary =
          "A model service's API key: the provisioned key once, or with rotate=true a new one"
              + " (the old one is revoked); shown once, only its hash is kept")
  public Envelope<KeyData> key(
      @PathVariable String id, @RequestParam(required = false) Boolean rotate) {
    return Envelope.ok(
        new KeyData(
            actions.key(CurrentUser.get(), Check.id(id, "id"), Boolean.TRUE.equals(rotate))));
  }
}
