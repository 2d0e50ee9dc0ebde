package io.computility.server.market.catalogue;

import io.computility.server.identity.AuthUser;
import io.computility.server.identity.CurrentUser;
import io.computility.server.identity.Permissions;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.NotFoundException;
import io.computility.server.shared.web.PageData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Product registration (NET-8.3b 产品服务注册): operators keep every product, providers (machine
 * principals of centers and lower tiers) register and update their own, which start as drafts.
 */
@RestController
@RequestMapping("/api/v1/market/products")
@Tag(name = "Market catalogue")
public class ProductController {
  static final String PLATFORM = "platform";
  private final ProductReads reads;
  private final ProductWrites writes;
  private final ProductChecks checks;
  private final Clock clock;

  ProductController(ProductReads reads, ProductWrites writes, ProductChecks checks, Clock clock) {
    this.reads = reads;
    this.writes = writes;
    this.checks = checks;
    this.clock = clock;
  }

  @GetMapping
  @Operation(summary = "Products, newest first; a provider sees its own only")
  public Envelope<PageData<ProductDetail>> list(@ParameterObject ListParams params) {
    AuthUser me = CurrentUser.get();
    ProductFilter f =
        params
            .filter()
            .equal("state", params.productState())
            .equal("provider_id", operator(me) ? null : me.userId());
    return Envelope.ok(reads.page(f, ProductReads.NEWEST, params.pageNumber(), params.pageSize()));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One product with its shelving and version")
  public Envelope<ProductDetail> get(@PathVariable String id) {
    return Envelope.ok(visible(id));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Register a product: a draft with a new service number")
  @Transactional
  public Envelope<ProductDetail> create(@RequestBody(required = false) ProductEdit body) {
    AuthUser me = CurrentUser.get();
    ValidProduct p = checks.check(body, provider(me, body));
    p = named(me, p);
    String id = writes.insert(p, clock.instant());
    return Envelope.created(reads.require(id));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Update a product; version must be the one read (409 when stale)")
  @Transactional
  public Envelope<ProductDetail> update(
      @PathVariable String id, @RequestBody(required = false) ProductEdit body) {
    AuthUser me = CurrentUser.get();
    ProductDetail current = visible(id);
    Check.present(body, "body");
    int version = Check.present(body.version(), "version");
    String provider =
        operator(me) && body.providerId() != null ? body.providerId() : current.providerId();
    ValidProduct p = named(me, checks.check(body, provider));
    writes.update(id, version, p, clock.instant());
    return Envelope.ok(reads.require(id));
  }

  /** The product if the caller may see it: operators every one, providers their own. */
  ProductDetail visible(String id) {
    Check.id(id, "id");
    AuthUser me = CurrentUser.get();
    ProductDetail p = reads.require(id);
    if (!operator(me) && !me.userId().equals(p.providerId())) {
      throw new NotFoundException("id", "no product '" + id + "'");
    }
    return p;
  }

  static boolean operator(AuthUser me) {
    return me.can(Permissions.PRODUCT_WRITE);
  }

  private static String provider(AuthUser me, ProductEdit body) {
    if (!operator(me)) return me.userId();
    return body == null || body.providerId() == null || body.providerId().isBlank()
        ? PLATFORM
        : body.providerId();
  }

  /** A provider that gives no display name is shown by its login name. */
  private static ValidProduct named(AuthUser me, ValidProduct p) {
    if (!p.providerName().isBlank()) return p;
    String name =
        p.providerId().equals(PLATFORM)
            ? "Computility"
            : operator(me) ? p.providerId() : String.valueOf(me.username());
    return new ValidProduct(
        p.name(),
        p.type(),
        p.categoryId(),
        p.centerId(),
        p.providerId(),
        name,
        p.introduction(),
        p.icon(),
        p.components(),
        p.specs(),
        p.durations(),
        p.attributes());
  }
}
