package io.computility.server.market.catalogue;

import io.computility.server.federation.Centers;
import io.computility.server.identity.CurrentUser;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.NotFoundException;
import io.computility.server.shared.web.PageData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The marketplace (NET-8.2, CMP-service 商品广场 / AI算力市场 / 模型广场): the products offered to the caller's
 * tenant, by category, type, fuzzy search and the model plaza's labels.
 */
@RestController
@RequestMapping("/api/v1/market/offers")
@Tag(name = "Marketplace")
public class MarketplaceController {
  private final ProductReads reads;
  private final CategoryStore categories;
  private final Centers centers;
  private final OfferFacets facets;

  MarketplaceController(
      ProductReads reads, CategoryStore categories, Centers centers, OfferFacets facets) {
    this.reads = reads;
    this.categories = categories;
    this.centers = centers;
    this.facets = facets;
  }

  @GetMapping
  @Operation(summary = "Products on shelf, enabled and shelved for the caller's tenant")
  public Envelope<PageData<Offer>> list(@ParameterObject ListParams params) {
    ProductFilter f = params.filter().offeredTo(CurrentUser.get().tenantId());
    PageData<ProductDetail> page =
        reads.page(f, ProductReads.BY_NUMBER, params.pageNumber(), params.pageSize());
    return Envelope.ok(
        new PageData<>(offers(page.items()), page.total(), page.page(), page.size()));
  }

  @GetMapping("/facets")
  @Operation(summary = "The tags, tasks, frameworks and chip types of the offered model services")
  public Envelope<Facets> facets() {
    return Envelope.ok(facets.of(CurrentUser.get().tenantId()));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One offered product (404 when it is not offered to the caller's tenant)")
  public Envelope<Offer> get(@PathVariable String id) {
    Check.id(id, "id");
    ProductFilter f = new ProductFilter().equal("id", id).offeredTo(CurrentUser.get().tenantId());
    List<ProductDetail> found = reads.page(f, ProductReads.BY_NUMBER, 0, 1).items();
    if (found.isEmpty()) throw new NotFoundException("id", "no product '" + id + "' on offer");
    return Envelope.ok(offers(found).get(0));
  }

  /** Names of categories and centers, read once for the whole page. */
  private List<Offer> offers(List<ProductDetail> products) {
    if (products.isEmpty()) return List.of();
    Map<String, String> categoryNames =
        categories.all().stream().collect(Collectors.toMap(Category::id, Category::name));
    Map<String, Centers.CenterRef> centerRefs =
        centers.list().stream()
            .collect(Collectors.toMap(Centers.CenterRef::id, Function.identity()));
    return products.stream()
        .map(
            p -> {
              Centers.CenterRef c = p.centerId() == null ? null : centerRefs.get(p.centerId());
              return Offer.of(
                  p,
                  categoryNames.getOrDefault(p.categoryId(), ""),
                  c == null ? p.centerId() : c.name(),
                  c == null ? null : c.region());
            })
        .toList();
  }
}
