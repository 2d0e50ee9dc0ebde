package io.computility.server.market.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The embedded demo's marketplace: on the first start with the embedded database (what {@code
 * ./computility up} runs), the categories and products of {@code market/demo-catalogue.yaml} are
 * added and put on shelf for every tenant. A catalogue that has any category is left alone, and a
 * server with its own database (every test) never loads it; {@code computility.market.demo=false}
 * turns it off.
 */
@Component
@ConditionalOnExpression(
    "'${spring.datasource.url:}'.isEmpty() and ${computility.embedded-database:true}"
        + " and ${computility.market.demo:true}")
class DemoCatalogue {
  private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);
  private static final YAMLMapper YAML =
      YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private final CategoryStore categories;
  private final ProductChecks checks;
  private final ProductWrites writes;
  private final TransactionTemplate tx;
  private final Clock clock;

  DemoCatalogue(
      CategoryStore categories,
      ProductChecks checks,
      ProductWrites writes,
      TransactionTemplate tx,
      Clock clock) {
    this.categories = categories;
    this.checks = checks;
    this.writes = writes;
    this.tx = tx;
    this.clock = clock;
  }

  record Node(
      @JsonProperty("id") String id,
      @JsonProperty("name") String name,
      @JsonProperty("children") List<Node> children) {}

  record Demo(
      @JsonProperty("categories") List<Node> categories,
      @JsonProperty("products") List<ProductEdit> products) {}

  @EventListener(ApplicationReadyEvent.class)
  void load() throws IOException {
    if (!categories.all().isEmpty()) return;
    Demo demo = read();
    tx.executeWithoutResult(s -> add(demo));
    log.info("Demo marketplace: {} products on shelf", demo.products().size());
  }

  static Demo read() throws IOException {
    try (InputStream in = DemoCatalogue.class.getResourceAsStream("/market/demo-catalogue.yaml")) {
      return YAML.readValue(in, Demo.class);
    }
  }

  /** Adds the demo's categories and products, on shelf. */
  void add(Demo demo) {
    var now = clock.instant();
    int sort = 0;
    for (Node top : demo.categories()) {
      categories.insert(top.id(), null, top.name(), sort++, now);
      for (Node child : top.children())
        categories.insert(child.id(), top.id(), child.name(), sort++, now);
    }
    for (ProductEdit e : demo.products()) {
      String id = writes.insert(checks.check(e, ProductController.PLATFORM, false), now);
      writes.lifecycle(id, 0, ProductState.ON_SHELF, true, now);
    }
  }
}
