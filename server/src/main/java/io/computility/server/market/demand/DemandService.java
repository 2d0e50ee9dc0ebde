package io.computility.server.market.demand;

import io.computility.server.federation.scheduling.OfferQuotes;
import io.computility.server.federation.scheduling.QuoteRequest;
import io.computility.server.federation.scheduling.QuotedOffer;
import io.computility.server.identity.AuthUser;
import io.computility.server.market.catalogue.ProductComponents;
import io.computility.server.market.catalogue.ProductType;
import io.computility.server.market.order.MarketIds;
import io.computility.server.market.order.NewOrder;
import io.computility.server.market.order.OrderBook;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.NotFoundException;
import io.computility.server.shared.web.PageData;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a demand, its offers and their acceptance. Publishing quotes the demand, stores the
 * offers and, when the rule is automatic and an offer fits the budget, accepts the rule's choice in
 * the same transaction (the order is created PENDING with it). Otherwise the demand waits for the
 * user, its reason saying why (budget exceeded, or a manual rule).
 */
@Service
class DemandService {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
  private final DemandStore store;
  private final OfferQuotes quotes;
  private final OrderBook orders;

  DemandService(DemandStore store, OfferQuotes quotes, OrderBook orders) {
    this.store = store;
    this.quotes = quotes;
    this.orders = orders;
  }

  @Transactional
  public DemandView publish(DemandRequest body, AuthUser caller) {
    Instant now = Instant.now();
    DemandRequest.Checked d = Check.present(body, "body").check(now);
    if (!quotes.policyExists(d.policy())) {
      throw Check.bad("policy", "unknown policy '" + d.policy() + "'");
    }
    List<QuotedOffer> quoted =
        quotes.quote(
            new QuoteRequest(
                d.cpu(),
                d.memoryMb(),
                d.gpu(),
                d.gpuType(),
                d.quantity(),
                d.hours(),
                d.region(),
                d.policy()),
            caller);
    String id = MarketIds.next("dmd");
    List<Offer> offers = new ArrayList<>();
    for (int i = 0; i < quoted.size(); i++) offers.add(offer(quoted.get(i), i + 1, d.start()));
    List<Offer> within =
        d.budget() == null
            ? offers
            : offers.stream().filter(o -> o.totalPrice().compareTo(d.budget()) <= 0).toList();
    DemandState state = offers.isEmpty() ? DemandState.NO_OFFER : DemandState.OFFERED;
    String reason = reason(d, offers, within);
    DemandView v =
        new DemandView(
            id,
            "DMD" + DAY.format(now) + id.substring(4).toUpperCase(),
            d.name(),
            caller.tenantId(),
            caller.orgId(),
            caller.userId(),
            d.cpu(),
            d.memoryMb(),
            d.gpu(),
            d.gpuType(),
            d.quantity(),
            d.duration(),
            d.start(),
            d.region(),
            d.budget(),
            d.rule().name(),
            d.weights(),
            d.policy(),
            state.name(),
            reason,
            null,
            null,
            now,
            null);
    store.insert(v);
    for (Offer o : offers) store.insertOffer(id, o);
    Optional<Offer> chosen = OfferChooser.choose(d.rule(), d.weights(), within);
    if (chosen.isPresent()) accept(v, chosen.get(), "accepted by rule " + d.rule());
    return detail(caller, id);
  }

  /** The user confirms an offer (also one above the budget: the user decides). */
  @Transactional
  public DemandView accept(AuthUser caller, String id, String offerId) {
    visible(caller, id);
    DemandView d = store.lock(id).orElseThrow();
    String oid = Check.id(offerId, "offer_id");
    Offer o =
        store.offers(id).stream()
            .filter(x -> x.id().equals(oid))
            .findFirst()
            .orElseThrow(
                () -> new NotFoundException("offer_id", "no offer " + oid + " of this demand"));
    if (!DemandState.OFFERED.name().equals(d.state())) {
      throw new ConflictException("id", "demand " + d.number() + " is " + d.state());
    }
    accept(d, o, "confirmed by " + caller.username());
    return detail(caller, id);
  }

  @Transactional
  public DemandView cancel(AuthUser caller, String id) {
    DemandView d = visible(caller, id);
    DemandState from = DemandState.valueOf(d.state());
    if (from != DemandState.OFFERED && from != DemandState.NO_OFFER
        || !store.transition(id, from, DemandState.CANCELLED, "cancelled", null, null)) {
      throw new ConflictException("id", "demand " + d.number() + " is " + d.state());
    }
    return detail(caller, id);
  }

  PageData<DemandView> list(AuthUser caller, int page, int size) {
    return new PageData<>(
        store.list(caller.scope(), page * size, size), store.count(caller.scope()), page, size);
  }

  DemandView detail(AuthUser caller, String id) {
    return visible(caller, id).withOffers(store.offers(id));
  }

  private DemandView visible(AuthUser caller, String id) {
    return store
        .find(Check.id(id, "id"))
        .filter(d -> caller.scope().sees(d.tenantId(), d.orgId(), d.userId()))
        .orElseThrow(() -> new NotFoundException("id", "no demand " + id));
  }

  private void accept(DemandView d, Offer o, String how) {
    String orderId =
        orders.create(
            new NewOrder(
                null,
                d.id(),
                null,
                null,
                d.tenantId(),
                d.orgId(),
                d.userId(),
                null,
                null,
                d.name() + " @ " + o.centerId(),
                ProductType.COMPUTE,
                o.centerId(),
                d.quantity(),
                new ProductComponents(o.cpu(), o.memoryMb(), o.gpu(), 0, 0, o.storageGb()),
                d.duration(),
                o.totalPrice()),
            d.userId());
    if (!store.transition(
        d.id(), DemandState.OFFERED, DemandState.ACCEPTED, how, o.id(), orderId)) {
      throw new ConflictException("id", "demand " + d.number() + " is no longer open");
    }
  }

  private static String reason(DemandRequest.Checked d, List<Offer> offers, List<Offer> within) {
    if (offers.isEmpty()) return "no center can serve this demand now";
    if (d.rule() == DemandRule.MANUAL) return "waiting for the user to confirm an offer";
    if (within.isEmpty()) {
      var cheapest =
          offers.stream().map(Offer::totalPrice).min(java.math.BigDecimal::compareTo).get();
      return "budget exceeded: the cheapest offer costs "
          + cheapest.toPlainString()
          + ", the budget is "
          + d.budget().toPlainString();
    }
    return null;
  }

  private static Offer offer(QuotedOffer q, int rank, Instant start) {
    var r = q.perInstance();
    return new Offer(
        MarketIds.next("ofr"),
        rank,
        q.centerId(),
        q.region(),
        q.specId(),
        r.cpu(),
        r.memoryMb(),
        r.gpu() + r.npu() + r.mlu(),
        r.storageGb(),
        q.pricePerHour(),
        q.totalPrice(),
        start,
        q.energyKwh(),
        q.score(),
        q.performance());
  }
}
