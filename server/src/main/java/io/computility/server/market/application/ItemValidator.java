package io.computility.server.market.application;

import io.computility.server.market.catalogue.Catalogue;
import io.computility.server.market.catalogue.ProductComponents;
import io.computility.server.market.catalogue.ProductView;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Checks an item's shape: a product offered to the tenant (NEW) or known (changes), a quantity of 1
 * to 1000, amounts within sane limits, a duration the product is sold for; then the {@link
 * ItemCheck} vetoes of other parts. Every refusal is a 4xx naming the field (the vetoes may answer
 * 404 or 409).
 */
@Component
class ItemValidator {
  static final int MAX_QUANTITY = 1000;
  private final Catalogue catalogue;
  private final List<ItemCheck> checks;

  ItemValidator(Catalogue catalogue, List<ItemCheck> checks) {
    this.catalogue = catalogue;
    this.checks = checks;
  }

  ItemView valid(String tenantId, String applicantId, ItemInput in, String field) {
    Check.present(in, field.isEmpty() ? "body" : field);
    ItemAction action = action(in.action(), at(field, "action"));
    String productId = Check.id(in.productId(), at(field, "product_id"));
    ProductView p =
        catalogue
            .find(productId)
            .filter(x -> action != ItemAction.NEW || catalogue.offeredTo(x.id(), tenantId))
            .orElseThrow(
                () ->
                    InvalidInputException.unknownReference(
                        at(field, "product_id"), "product offered to you", productId));
    String orderId = null;
    if (action != ItemAction.NEW) orderId = Check.id(in.orderId(), at(field, "order_id"));
    int quantity = quantity(in.quantity(), at(field, "quantity"));
    ProductComponents c =
        in.components() == null
            ? p.components()
            : components(in.components().over(p.components()), field);
    String duration = null;
    if (action != ItemAction.TERMINATE)
      duration = duration(p, in.duration(), at(field, "duration"));
    ItemView item =
        new ItemView(
            "item-" + UUID.randomUUID(), p.id(), p.name(), action, orderId, quantity, c, duration);
    for (ItemCheck check : checks) check.check(tenantId, applicantId, item, field);
    return item;
  }

  /** The JSON path of a field of the item at {@code field} ("" for a body that is the item). */
  static String at(String field, String name) {
    return field.isEmpty() ? name : field + "." + name;
  }

  static ItemAction action(String value, String field) {
    if (value == null || value.isBlank()) return ItemAction.NEW;
    for (ItemAction a : ItemAction.values()) if (a.name().equalsIgnoreCase(value.strip())) return a;
    throw InvalidInputException.notOneOf(field, Arrays.asList(ItemAction.values()), value);
  }

  static int quantity(Long value, String field) {
    long q = Check.present(value, field);
    if (q < 1) throw InvalidInputException.tooSmall(field, 1, q);
    if (q > MAX_QUANTITY) throw InvalidInputException.tooLarge(field, MAX_QUANTITY, q);
    return (int) q;
  }

  static String duration(ProductView p, String value, String field) {
    String d = Check.required(value, field).strip();
    if (!p.durations().contains(d)) throw InvalidInputException.notOneOf(field, p.durations(), d);
    return d;
  }

  /** Non-negative amounts within what one unit of any accelerator server could hold. */
  static ProductComponents components(ProductComponents c, String field) {
    String f = at(field, "components") + ".";
    limit(c.cpu(), 4096, f + "cpu");
    limit(c.memoryMb(), 64L * 1024 * 1024, f + "memory_mb");
    limit(c.gpu(), 1024, f + "gpu");
    limit(c.gpuMemoryMb(), 64L * 1024 * 1024, f + "gpu_memory_mb");
    limit(c.vgpuPercent(), 100, f + "vgpu_percent");
    limit(c.storageGb(), 1024L * 1024, f + "storage_gb");
    return c;
  }

  private static void limit(long value, long max, String field) {
    if (value < 0) throw InvalidInputException.tooSmall(field, 0, value);
    if (value > max) throw InvalidInputException.tooLarge(field, max, value);
  }
}
