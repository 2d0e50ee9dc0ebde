package io.computility.server.market.ticket.api;

import io.computility.server.identity.AuthUser;
import io.computility.server.identity.CurrentUser;
import io.computility.server.market.ticket.Handlers;
import io.computility.server.market.ticket.ResourceApproval;
import io.computility.server.market.ticket.Ticket;
import io.computility.server.market.ticket.TicketFilter;
import io.computility.server.market.ticket.TicketFlow;
import io.computility.server.market.ticket.TicketPriority;
import io.computility.server.market.ticket.TicketService;
import io.computility.server.market.ticket.TicketState;
import io.computility.server.market.ticket.TicketType;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.PageData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Work orders (工单, NET-8.2 after-sales; CMP-aipool resource work orders). */
@RestController
@RequestMapping("/api/v1/market/tickets")
@Tag(name = "Market support")
public class TicketController {
  private final TicketService tickets;
  private final TicketFlow flow;
  private final ResourceApproval approval;
  private final Handlers handlers;

  public TicketController(
      TicketService tickets, TicketFlow flow, ResourceApproval approval, Handlers handlers) {
    this.tickets = tickets;
    this.flow = flow;
    this.approval = approval;
    this.handlers = handlers;
  }

  @GetMapping
  @Operation(
      summary =
          "Work orders in the caller's data scope, newest first; box SUBMITTED/TODO/DONE (the"
              + " caller's own, to handle, handled), filters by state, category (and below),"
              + " assignee (none: unassigned), overdue, priority, type, q (title or number)")
  public Envelope<PageData<TicketDto>> list(
      @RequestParam(required = false) String box,
      @RequestParam(required = false) String state,
      @RequestParam(name = "category_id", required = false) String categoryId,
      @RequestParam(name = "assignee_id", required = false) String assigneeId,
      @RequestParam(required = false) Boolean overdue,
      @RequestParam(required = false) String priority,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    AuthUser me = CurrentUser.get();
    TicketFilter f =
        new TicketFilter(
            me.scope(),
            me.userId(),
            Inputs.enumValue(TicketFilter.Box.class, box, "box"),
            Inputs.enumValue(TicketState.class, state, "state"),
            Inputs.id(categoryId, "category_id"),
            Inputs.id(assigneeId, "assignee_id"),
            overdue,
            Inputs.enumValue(TicketPriority.class, priority, "priority"),
            Inputs.enumValue(TicketType.class, type, "type"),
            Inputs.query(q, "q", 200));
    PageData<Ticket> p = tickets.list(f, Inputs.page(page), Inputs.size(size, 20));
    return Envelope.ok(
        new PageData<>(
            p.items().stream().map(t -> TicketDto.of(t, tickets.now())).toList(),
            p.total(),
            p.page(),
            p.size()));
  }

  @PostMapping
  @Operation(summary = "Raises a work order (SUPPORT, or RESOURCE with its resource request)")
  public ResponseEntity<Envelope<TicketDto>> create(
      @RequestBody(required = false) TicketBodies.Create body) {
    Ticket t = tickets.create(CurrentUser.get(), TicketInput.check(body, tickets.now()));
    return ResponseEntity.status(201).body(Envelope.created(TicketDto.of(t, tickets.now())));
  }

  @GetMapping("/{id}")
  @Operation(summary = "A work order with its comments and history (no internal notes for users)")
  public Envelope<TicketDetailDto> get(@PathVariable String id) {
    return Envelope.ok(TicketDetailDto.of(tickets.detail(CurrentUser.get(), id), tickets.now()));
  }

  /** Who work orders may be assigned to. */
  public record HandlersDto(List<Handlers.Handler> users, List<Handlers.Handler> groups) {}

  @GetMapping("/handlers")
  @Operation(summary = "The users and groups (roles) that handle work orders")
  public Envelope<HandlersDto> handlers() {
    return Envelope.ok(new HandlersDto(handlers.users(), handlers.groups()));
  }

  @PostMapping("/{id}/comments")
  @Operation(summary = "Comments; internal=true is a handlers' note the requester never sees")
  public ResponseEntity<Envelope<TicketDto>> comment(
      @PathVariable String id, @RequestBody(required = false) TicketBodies.Comment body) {
    tickets.mustSee(CurrentUser.get(), id); // another tenant's ticket is 404 whatever the body
    String text = Inputs.text(body == null ? null : body.body(), "body", TicketInput.NOTE);
    boolean internal = body != null && Boolean.TRUE.equals(body.internal());
    Ticket t = flow.comment(CurrentUser.get(), id, text, internal);
    return ResponseEntity.status(201).body(Envelope.created(TicketDto.of(t, tickets.now())));
  }

  @PostMapping("/{id}/assign")
  @Operation(summary = "Assigns (or reassigns) to a handler (assignee_id) or a group (group_id)")
  public Envelope<TicketDto> assign(
      @PathVariable String id, @RequestBody(required = false) TicketBodies.Assign body) {
    String user = body == null ? null : Inputs.id(body.assigneeId(), "assignee_id");
    String group = body == null ? null : Inputs.id(body.groupId(), "group_id");
    return done(flow.assign(CurrentUser.get(), id, user, group));
  }

  @PostMapping("/{id}/claim")
  @Operation(summary = "The caller takes the work order and starts on it")
  public Envelope<TicketDto> claim(@PathVariable String id) {
    return done(flow.claim(CurrentUser.get(), id));
  }

  @PostMapping("/{id}/start")
  @Operation(summary = "Starts work: ASSIGNED or OPEN to IN_PROGRESS")
  public Envelope<TicketDto> start(@PathVariable String id) {
    return done(flow.start(CurrentUser.get(), id));
  }

  @PostMapping("/{id}/resolve")
  @Operation(summary = "Resolves with an optional answer (a comment the requester sees)")
  public Envelope<TicketDto> resolve(
      @PathVariable String id, @RequestBody(required = false) TicketBodies.Note body) {
    return done(flow.resolve(CurrentUser.get(), id, note(body)));
  }

  @PostMapping("/{id}/close")
  @Operation(summary = "Closes (the requester confirms, or a handler closes)")
  public Envelope<TicketDto> close(@PathVariable String id) {
    return done(flow.close(CurrentUser.get(), id));
  }

  @PostMapping("/{id}/reopen")
  @Operation(summary = "Reopens a RESOLVED or CLOSED work order; its SLA starts again")
  public Envelope<TicketDto> reopen(
      @PathVariable String id, @RequestBody(required = false) TicketBodies.Note body) {
    return done(flow.reopen(CurrentUser.get(), id, note(body)));
  }

  @PostMapping("/{id}/approve")
  @Operation(summary = "Approves my task of a resource work order's approval (then RESOLVED)")
  public Envelope<TicketDto> approve(
      @PathVariable String id, @RequestBody(required = false) TicketBodies.Note body) {
    return done(approval.decide(CurrentUser.get(), id, true, note(body)));
  }

  @PostMapping("/{id}/reject")
  @Operation(
      summary = "Rejects my task of a resource work order's approval, note = reason (REJECTED)")
  public Envelope<TicketDto> reject(
      @PathVariable String id, @RequestBody(required = false) TicketBodies.Note body) {
    return done(approval.decide(CurrentUser.get(), id, false, note(body)));
  }

  @PostMapping("/{id}/revoke")
  @Operation(summary = "Disables an approved resource work order before its window ends (CLOSED)")
  public Envelope<TicketDto> revoke(
      @PathVariable String id, @RequestBody(required = false) TicketBodies.Note body) {
    return done(flow.revoke(CurrentUser.get(), id, note(body)));
  }

  private Envelope<TicketDto> done(Ticket t) {
    return Envelope.ok(TicketDto.of(t, tickets.now()));
  }

  private static String note(TicketBodies.Note body) {
    return body == null ? null : Inputs.optionalText(body.note(), "note", TicketInput.NOTE);
  }
}
