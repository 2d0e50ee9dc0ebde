package io.computility.server.market.application;

import io.computility.server.identity.AuthUser;
import io.computility.server.market.approval.ApprovalStart;
import io.computility.server.market.approval.Approvals;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.InvalidInputException;
import io.computility.server.shared.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An applicant's applications: drafts (save, edit, delete), submit (starts the approval) and
 * withdraw (before the first approval, back to DRAFT). Every change locks the application's row and
 * checks its state under the lock, so two concurrent submits start exactly one approval.
 */
@Service
class ApplicationService {
  static final String SUBJECT = "APPLICATION";
  static final String BUSINESS_TYPE = "APPLICATION";
  static final int MAX_ITEMS = 100;
  static final ZoneId NUMBER_ZONE = ZoneId.of("Asia/Shanghai");
  private final ApplicationStore store;
  private final CartStore cart;
  private final ItemValidator validator;
  private final Approvals approvals;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  ApplicationService(
      ApplicationStore store,
      CartStore cart,
      ItemValidator validator,
      Approvals approvals,
      JdbcTemplate jdbc,
      Clock clock) {
    this.store = store;
    this.cart = cart;
    this.validator = validator;
    this.approvals = approvals;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  String create(AuthUser me, ApplicationEdit body) {
    Check.present(body, "body");
    String title = Check.text(body.title(), "title", 128);
    String reason = reason(body.reason());
    String system = system(me.tenantId(), body.businessSystemId());
    List<ItemView> items = items(me, body, true);
    Instant now = clock.instant();
    String id = "app-" + UUID.randomUUID();
    store.insert(
        new ApplicationRow(
            id,
            number(now),
            me.tenantId(),
            me.orgId(),
            me.userId(),
            null,
            system,
            null,
            title,
            reason,
            "DRAFT",
            null,
            false,
            now,
            now,
            null,
            null),
        BUSINESS_TYPE);
    store.replaceItems(id, items);
    takeFromCart(me, body.cartItemIds());
    if (Boolean.TRUE.equals(body.submit())) submit(me, id);
    return id;
  }

  @Transactional
  void edit(AuthUser me, String id, ApplicationEdit body) {
    Check.present(body, "body");
    ApplicationRow a = draftOf(me, id);
    String title = body.title() == null ? a.title() : Check.text(body.title(), "title", 128);
    String reason = body.reason() == null ? a.reason() : reason(body.reason());
    String system =
        body.businessSystemId() == null
            ? a.businessSystemId()
            : system(me.tenantId(), body.businessSystemId());
    if (body.items() != null || body.cartItemIds() != null) {
      store.replaceItems(a.id(), items(me, body, true));
      takeFromCart(me, body.cartItemIds());
    }
    store.edit(a.id(), system, title, reason, clock.instant());
    if (Boolean.TRUE.equals(body.submit())) submit(me, a.id());
  }

  @Transactional
  void delete(AuthUser me, List<String> ids) {
    Check.nonEmpty(ids, "ids");
    if (ids.size() > 100) throw InvalidInputException.tooLarge("ids", 100, ids.size());
    List<String> sorted = Check.ids(ids, "ids").stream().distinct().sorted().toList();
    for (String id : sorted) {
      ApplicationRow a = own(me, id, "ids[" + ids.indexOf(id) + "]");
      if (!"DRAFT".equals(a.state())) {
        throw new ConflictException(
            "ids[" + ids.indexOf(id) + "]", a.number() + " is " + a.state() + "; only drafts");
      }
      store.delete(a.id());
    }
  }

  @Transactional
  void submit(AuthUser me, String id) {
    ApplicationRow a = draftOf(me, id);
    List<ItemView> items = store.items(a.id());
    if (items.isEmpty()) throw Check.bad("items", "an application needs at least one item");
    for (int i = 0; i < items.size(); i++) {
      ItemView it = items.get(i);
      validator.valid(me.tenantId(), me.userId(), input(it), "items[" + i + "]");
    }
    approvals.start(
        new ApprovalStart(
            SUBJECT,
            a.id(),
            a.tenantId(),
            a.orgId(),
            a.applicantId(),
            BUSINESS_TYPE,
            a.number() + " " + a.title()));
    // an approval whose flow ends at once has concluded (and moved the state) already
    if ("DRAFT".equals(store.find(a.id()).orElseThrow().state())) {
      store.state(a.id(), "IN_APPROVAL", null, clock.instant());
    }
  }

  @Transactional
  void withdraw(AuthUser me, String id) {
    ApplicationRow a = lockOwn(me, id);
    if (!"IN_APPROVAL".equals(a.state())) {
      throw new ConflictException("state", a.number() + " is " + a.state() + ", not in approval");
    }
    approvals.withdraw(SUBJECT, a.id(), me.userId());
  }

  static ItemInput input(ItemView it) {
    return new ItemInput(
        it.productId(),
        (long) it.quantity(),
        ComponentsInput.of(it.components()),
        it.duration(),
        it.action().name(),
        it.orderId());
  }

  private ApplicationRow draftOf(AuthUser me, String id) {
    ApplicationRow a = lockOwn(me, id);
    if (!"DRAFT".equals(a.state())) {
      throw new ConflictException("state", a.number() + " is " + a.state() + ", not a draft");
    }
    return a;
  }

  private ApplicationRow lockOwn(AuthUser me, String id) {
    Check.id(id, "application_id");
    store.lock(id);
    return own(me, id, "application_id");
  }

  private ApplicationRow own(AuthUser me, String id, String field) {
    return store
        .lock(Check.id(id, field))
        .filter(a -> a.applicantId().equals(me.userId()))
        .orElseThrow(() -> new NotFoundException(field, "no application " + id + " of yours"));
  }

  private List<ItemView> items(AuthUser me, ApplicationEdit body, boolean required) {
    List<ItemView> out = new ArrayList<>();
    List<ItemInput> direct = body.items() == null ? List.of() : body.items();
    for (int i = 0; i < direct.size(); i++) {
      out.add(validator.valid(me.tenantId(), me.userId(), direct.get(i), "items[" + i + "]"));
    }
    List<String> fromCart = Check.ids(body.cartItemIds(), "cart_item_ids");
    for (int i = 0; i < fromCart.size(); i++) {
      String f = "cart_item_ids[" + i + "]";
      ItemView c =
          cart.find(me.userId(), fromCart.get(i))
              .orElseThrow(() -> InvalidInputException.unknownReference(f, "cart item", null));
      out.add(validator.valid(me.tenantId(), me.userId(), input(c), f));
    }
    if (required && out.isEmpty()) throw InvalidInputException.required("items");
    if (out.size() > MAX_ITEMS)
      throw InvalidInputException.tooLarge("items", MAX_ITEMS, out.size());
    return out;
  }

  private void takeFromCart(AuthUser me, List<String> ids) {
    if (ids != null) ids.forEach(id -> cart.delete(me.userId(), id));
  }

  static String reason(String value) {
    return value == null ? "" : Check.maxChars(value, "reason", 2000);
  }

  String system(String tenantId, String id) {
    if (id == null || id.isBlank()) return null;
    Check.id(id, "business_system_id");
    Integer n =
        jdbc.queryForObject(
            "select count(*) from business_system where id = ? and tenant_id = ?",
            Integer.class,
            id,
            tenantId);
    if (n == null || n == 0) {
      throw InvalidInputException.unknownReference("business_system_id", "business system", id);
    }
    return id;
  }

  /** A business number not taken (imported history may hold numbers of the same day). */
  String number(Instant now) {
    java.time.LocalDate day = now.atZone(NUMBER_ZONE).toLocalDate();
    for (int i = 0; ; i++) {
      String n = store.nextNumber(day);
      Integer taken =
          jdbc.queryForObject(
              "select count(*) from application where number = ?", Integer.class, n);
      if (taken == null || taken == 0 || i > 100) return n;
    }
  }
}
