package io.computility.server.market.application;

import io.computility.server.identity.AuthUser;
import io.computility.server.identity.CurrentUser;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** My cart (我的购物车): products chosen on the marketplace, adjusted before they are applied for. */
@RestController
@RequestMapping("/api/v1/market/cart/items")
@Tag(name = "Market applications")
public class CartController {
  private final CartStore cart;
  private final ItemValidator validator;
  private final Clock clock;

  CartController(CartStore cart, ItemValidator validator, Clock clock) {
    this.cart = cart;
    this.validator = validator;
    this.clock = clock;
  }

  /** A change of a cart item: any field left out keeps its value. */
  public record CartEdit(Long quantity, ComponentsInput components, String duration) {}

  @GetMapping
  @Operation(summary = "The items of my cart, oldest first")
  public Envelope<List<ItemView>> list() {
    return Envelope.ok(cart.list(CurrentUser.get().userId()));
  }

  @PostMapping
  @Operation(summary = "Add a product offered to my tenant to my cart")
  @Transactional
  public ResponseEntity<Envelope<ItemView>> add(@RequestBody(required = false) ItemInput body) {
    AuthUser me = CurrentUser.get();
    Check.present(body, "body");
    ItemInput newItem =
        new ItemInput(
            body.productId(), body.quantity(), body.components(), body.duration(), null, null);
    ItemView item = validator.valid(me.tenantId(), me.userId(), newItem, "");
    if (cart.count(me.userId()) >= CartStore.MAX_ITEMS) {
      throw new ConflictException("product_id", "the cart holds " + CartStore.MAX_ITEMS + " items");
    }
    cart.insert(me.userId(), me.tenantId(), item, clock.instant());
    return ResponseEntity.status(201).body(Envelope.created(find(me, item.id())));
  }

  @PutMapping("/{cartItemId}")
  @Operation(summary = "Adjust an item's quantity, amounts of one unit or duration")
  @Transactional
  public Envelope<ItemView> edit(
      @PathVariable String cartItemId, @RequestBody(required = false) CartEdit body) {
    AuthUser me = CurrentUser.get();
    Check.present(body, "body");
    ItemView old = find(me, cartItemId);
    ItemInput merged =
        new ItemInput(
            old.productId(),
            body.quantity() == null ? (long) old.quantity() : body.quantity(),
            ComponentsInput.of(
                body.components() == null
                    ? old.components()
                    : body.components().over(old.components())),
            body.duration() == null ? old.duration() : body.duration(),
            null,
            null);
    ItemView v = validator.valid(me.tenantId(), me.userId(), merged, "");
    cart.update(
        me.userId(),
        new ItemView(
            old.id(),
            v.productId(),
            v.productName(),
            v.action(),
            null,
            v.quantity(),
            v.components(),
            v.duration()),
        clock.instant());
    return Envelope.ok(find(me, old.id()));
  }

  @DeleteMapping("/{cartItemId}")
  @Operation(summary = "Remove an item from my cart")
  public Envelope<Void> remove(@PathVariable String cartItemId) {
    AuthUser me = CurrentUser.get();
    if (cart.delete(me.userId(), Check.id(cartItemId, "cart_item_id")) == 0) {
      throw new NotFoundException("cart_item_id", "no item " + cartItemId + " in your cart");
    }
    return Envelope.ok(null);
  }

  private ItemView find(AuthUser me, String id) {
    return cart.find(me.userId(), Check.id(id, "cart_item_id"))
        .orElseThrow(
            () -> new NotFoundException("cart_item_id", "no item " + id + " in your cart"));
  }
}
