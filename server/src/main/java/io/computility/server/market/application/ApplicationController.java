package io.computility.server.market.application;

import io.computility.server.identity.AuthUser;
import io.computility.server.identity.CurrentUser;
import io.computility.server.market.approval.ApprovalRow;
import io.computility.server.market.approval.Approvals;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.InvalidInputException;
import io.computility.server.shared.web.PageData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** My applications (我的申请): create from the cart or items, drafts, submit, withdraw, lists. */
@RestController
@RequestMapping("/api/v1/market/applications")
@Tag(name = "Market applications")
public class ApplicationController {
  static final Map<String, List<String>> TABS =
      Map.of(
          "all", List.of(),
          "in_progress", List.of("IN_APPROVAL"),
          "done", List.of("APPROVED", "REJECTED", "DONE"));
  static final List<String> STATES =
      List.of("DRAFT", "IN_APPROVAL", "APPROVED", "REJECTED", "DONE");
  private final ApplicationService service;
  private final ApplicationStore store;
  private final ApplicationAccess access;
  private final AttachmentStore attachments;
  private final Approvals approvals;

  ApplicationController(
      ApplicationService service,
      ApplicationStore store,
      ApplicationAccess access,
      AttachmentStore attachments,
      Approvals approvals) {
    this.service = service;
    this.store = store;
    this.access = access;
    this.attachments = attachments;
    this.approvals = approvals;
  }

  /** Ids of applications to delete. */
  public record Ids(List<String> ids) {}

  @GetMapping
  @Operation(summary = "My applications: tab all/in_progress/done, number fragment, filters")
  public Envelope<PageData<ApplicationRow>> mine(
      @RequestParam(required = false) String tab,
      @RequestParam(required = false) String number,
      @RequestParam(name = "business_system_id", required = false) String businessSystemId,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    AuthUser me = CurrentUser.get();
    List<String> states = states(tab, state);
    ApplicationFilter f =
        new ApplicationFilter(
            me.tenantId(),
            me.userId(),
            null,
            Check.belowBytes(businessSystemId, "business_system_id", Check.ID_BYTES),
            states,
            Check.maxChars(number, "number", 32));
    return Envelope.ok(page(store, f, page, size));
  }

  static PageData<ApplicationRow> page(
      ApplicationStore store, ApplicationFilter f, Integer page, Integer size) {
    int p = page == null ? 0 : Check.page(page);
    int s = size == null ? 20 : Check.pageSize(size, 200);
    return new PageData<>(store.list(f, p * s, s), store.count(f), p, s);
  }

  static List<String> states(String tab, String state) {
    List<String> byTab = List.of();
    if (tab != null && !tab.isBlank()) {
      byTab = TABS.get(tab.strip().toLowerCase());
      if (byTab == null)
        throw InvalidInputException.notOneOf("tab", List.copyOf(TABS.keySet()), tab);
    }
    if (state == null || state.isBlank()) return byTab;
    String s = state.strip().toUpperCase();
    if (!STATES.contains(s)) throw InvalidInputException.notOneOf("state", STATES, state);
    if (!byTab.isEmpty() && !byTab.contains(s)) return List.of("-none-");
    return List.of(s);
  }

  @GetMapping("/{applicationId}")
  @Operation(summary = "An application with items, attachments and its approval history")
  public Envelope<ApplicationDetail> get(@PathVariable String applicationId) {
    return Envelope.ok(detail(access.visible(CurrentUser.get(), applicationId)));
  }

  ApplicationDetail detail(ApplicationRow a) {
    return new ApplicationDetail(
        a,
        store.items(a.id()),
        attachments.list(a.id()),
        approvals.history(ApplicationService.SUBJECT, a.id()),
        approvals.latest(ApplicationService.SUBJECT, a.id()).map(ApprovalRow::id).orElse(null));
  }

  @PostMapping
  @Operation(summary = "Create an application (a draft, or submitted with submit=true)")
  public ResponseEntity<Envelope<ApplicationDetail>> create(
      @RequestBody(required = false) ApplicationEdit body) {
    AuthUser me = CurrentUser.get();
    String id = service.create(me, body);
    return ResponseEntity.status(201).body(Envelope.created(detail(access.own(me, id))));
  }

  @PutMapping("/{applicationId}")
  @Operation(summary = "Edit a draft of mine (fields left out keep their values)")
  public Envelope<ApplicationDetail> edit(
      @PathVariable String applicationId, @RequestBody(required = false) ApplicationEdit body) {
    AuthUser me = CurrentUser.get();
    service.edit(me, applicationId, body);
    return Envelope.ok(detail(access.own(me, applicationId)));
  }

  @DeleteMapping("/{applicationId}")
  @Operation(summary = "Delete a draft of mine")
  public Envelope<Void> delete(@PathVariable String applicationId) {
    service.delete(CurrentUser.get(), List.of(applicationId));
    return Envelope.ok(null);
  }

  @PostMapping("/delete")
  @Operation(summary = "Delete several drafts of mine at once (all or none)")
  public Envelope<Void> deleteMany(@RequestBody(required = false) Ids body) {
    Check.present(body, "ids");
    service.delete(CurrentUser.get(), body.ids());
    return Envelope.ok(null);
  }

  @PostMapping("/{applicationId}/submit")
  @Operation(summary = "Submit a draft: starts its approval")
  public Envelope<ApplicationDetail> submit(@PathVariable String applicationId) {
    AuthUser me = CurrentUser.get();
    service.submit(me, applicationId);
    return Envelope.ok(detail(access.own(me, applicationId)));
  }

  @PostMapping("/{applicationId}/withdraw")
  @Operation(summary = "Withdraw before the first approval: back to DRAFT (409 afterwards)")
  public Envelope<ApplicationDetail> withdraw(@PathVariable String applicationId) {
    AuthUser me = CurrentUser.get();
    service.withdraw(me, applicationId);
    return Envelope.ok(detail(access.own(me, applicationId)));
  }
}
