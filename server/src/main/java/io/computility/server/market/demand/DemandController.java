package io.computility.server.market.demand;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.server.identity.CurrentUser;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.PageData;
import io.computility.server.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Demand matching (NET-8.4a): publish a demand, see its offers, accept one or cancel. */
@RestController
@RequestMapping("/api/v1/market/demands")
@Tag(name = "Market demands")
public class DemandController {
  private final DemandService service;

  DemandController(DemandService service) {
    this.service = service;
  }

  /** The offer a user confirms. */
  public record AcceptBody(@JsonProperty("offer_id") String offerId) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Publish a demand: answered with the offers of the centers that can serve it, and the"
              + " order when the rule accepted one")
  public Envelope<DemandView> publish(@RequestBody(required = false) DemandRequest body) {
    return Envelope.created(service.publish(body, CurrentUser.get()));
  }

  @GetMapping
  @Operation(summary = "Demands in the caller's scope, newest first")
  public Envelope<PageData<DemandView>> list(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    int p = page == null ? 0 : Check.page(page);
    int s = size == null ? Paging.DEFAULT_SIZE : Check.pageSize(size, Paging.MAX_SIZE);
    return Envelope.ok(service.list(CurrentUser.get(), p, s));
  }

  @GetMapping("/{id}")
  @Operation(summary = "A demand with its offers")
  public Envelope<DemandView> get(@PathVariable String id) {
    return Envelope.ok(service.detail(CurrentUser.get(), id));
  }

  @PostMapping("/{id}/accept")
  @Operation(summary = "Confirm one of the demand's offers: it becomes an order")
  public Envelope<DemandView> accept(
      @PathVariable String id, @RequestBody(required = false) AcceptBody body) {
    return Envelope.ok(
        service.accept(CurrentUser.get(), id, Check.present(body, "offer_id").offerId()));
  }

  @PostMapping("/{id}/cancel")
  @Operation(summary = "Cancel a demand that accepted no offer")
  public Envelope<DemandView> cancel(@PathVariable String id) {
    return Envelope.ok(service.cancel(CurrentUser.get(), id));
  }
}
