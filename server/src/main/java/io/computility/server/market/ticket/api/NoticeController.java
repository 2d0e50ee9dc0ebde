package io.computility.server.market.ticket.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.server.identity.AuthUser;
import io.computility.server.identity.CurrentUser;
import io.computility.server.identity.Permissions;
import io.computility.server.market.ticket.notice.Notice;
import io.computility.server.market.ticket.notice.NoticeDraft;
import io.computility.server.market.ticket.notice.NoticeService;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.InvalidInputException;
import io.computility.server.shared.web.PageData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Notices and news (公告 / 新闻, NET-8.2): users read, operators write and publish. */
@RestController
@RequestMapping("/api/v1/market/notices")
@Tag(name = "Market support")
public class NoticeController {
  private final NoticeService notices;

  public NoticeController(NoticeService notices) {
    this.notices = notices;
  }

  /** A notice; {@code status} as of the answer, {@code read} for the caller. */
  public record NoticeDto(
      String id,
      String kind,
      String title,
      String body,
      boolean pinned,
      String audience,
      @JsonProperty("tenant_ids") List<String> tenantIds,
      @JsonProperty("publish_at") String publishAt,
      @JsonProperty("withdrawn_at") String withdrawnAt,
      String status,
      boolean read,
      @JsonProperty("created_at") String createdAt,
      @JsonProperty("updated_at") String updatedAt) {}

  /** A user's page of notices and how many of those published for them are unread. */
  public record NoticePage(PageData<NoticeDto> page, long unread) {}

  record Edit(
      String kind,
      String title,
      String body,
      Boolean pinned,
      String audience,
      @JsonProperty("tenant_ids") List<String> tenantIds,
      @JsonProperty("publish_at") String publishAt) {}

  record Pin(Boolean pinned) {}

  @GetMapping
  @Operation(summary = "Published notices for the caller's tenant, pinned first; kind filters")
  public Envelope<NoticePage> list(
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    AuthUser me = CurrentUser.get();
    Notice.Kind k = Inputs.enumValue(Notice.Kind.class, kind, "kind");
    PageData<Notice> p = notices.visible(me, k, Inputs.page(page), Inputs.size(size, 20));
    return Envelope.ok(new NoticePage(page(p, notices.now(), false), notices.unread(me)));
  }

  @GetMapping("/manage")
  @Operation(summary = "Every notice with its status (drafts, scheduled, withdrawn): operators")
  public Envelope<PageData<NoticeDto>> manage(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return Envelope.ok(
        page(notices.all(Inputs.page(page), Inputs.size(size, 20)), notices.now(), true));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One notice (users: only published ones meant for their tenant)")
  public Envelope<NoticeDto> get(@PathVariable String id) {
    AuthUser me = CurrentUser.get();
    boolean operator = me.can(Permissions.NOTICE_WRITE);
    return Envelope.ok(dto(notices.read(me, id, operator), notices.now(), operator));
  }

  @PostMapping("/{id}/read")
  @Operation(summary = "Marks a notice read for the caller")
  public Envelope<Void> markRead(@PathVariable String id) {
    notices.markRead(CurrentUser.get(), id);
    return Envelope.ok(null);
  }

  @PostMapping
  @Operation(summary = "Writes a notice; publish_at schedules it (null keeps a draft)")
  public ResponseEntity<Envelope<NoticeDto>> create(@RequestBody(required = false) Edit e) {
    Notice n = notices.create(CurrentUser.get(), draft(e));
    return ResponseEntity.status(201).body(Envelope.created(dto(n, notices.now(), true)));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Rewrites a notice (every field)")
  public Envelope<NoticeDto> update(
      @PathVariable String id, @RequestBody(required = false) Edit e) {
    return Envelope.ok(dto(notices.update(id, draft(e)), notices.now(), true));
  }

  @PostMapping("/{id}/publish")
  @Operation(summary = "Publishes now")
  public Envelope<NoticeDto> publish(@PathVariable String id) {
    return Envelope.ok(dto(notices.publishNow(id), notices.now(), true));
  }

  @PostMapping("/{id}/withdraw")
  @Operation(summary = "Withdraws: users no longer see it")
  public Envelope<NoticeDto> withdraw(@PathVariable String id) {
    return Envelope.ok(dto(notices.withdraw(id), notices.now(), true));
  }

  @PostMapping("/{id}/pin")
  @Operation(summary = "Pins (pinned=true) or unpins a notice")
  public Envelope<NoticeDto> pin(@PathVariable String id, @RequestBody(required = false) Pin p) {
    if (p == null || p.pinned() == null) throw InvalidInputException.required("pinned");
    return Envelope.ok(dto(notices.pin(id, p.pinned()), notices.now(), true));
  }

  private static NoticeDraft draft(Edit e) {
    if (e == null) throw InvalidInputException.required("title");
    String title = Inputs.text(e.title(), "title", 200);
    String body = Inputs.text(e.body(), "body", 100_000);
    Notice.Kind kind = Inputs.enumValue(Notice.Kind.class, e.kind(), "kind");
    Notice.Audience audience = Inputs.enumValue(Notice.Audience.class, e.audience(), "audience");
    List<String> tenants = Inputs.ids(e.tenantIds(), "tenant_ids");
    if (tenants.size() > 1000)
      throw InvalidInputException.tooLarge("tenant_ids", 1000, tenants.size());
    Instant publishAt = Inputs.instant(e.publishAt(), "publish_at");
    return new NoticeDraft(
        kind == null ? Notice.Kind.NOTICE : kind,
        title,
        body,
        Boolean.TRUE.equals(e.pinned()),
        audience == null ? Notice.Audience.ALL : audience,
        audience == Notice.Audience.TENANTS ? tenants : List.of(),
        publishAt);
  }

  private static PageData<NoticeDto> page(PageData<Notice> p, Instant now, boolean operator) {
    return new PageData<>(
        p.items().stream().map(n -> dto(n, now, operator)).toList(), p.total(), p.page(), p.size());
  }

  private static NoticeDto dto(Notice n, Instant now, boolean operator) {
    return new NoticeDto(
        n.id(),
        n.kind().name(),
        n.title(),
        n.body(),
        n.pinned(),
        n.audience().name(),
        operator ? n.tenantIds() : List.of(), // users do not learn other tenants' ids
        TicketDto.str(n.publishAt()),
        TicketDto.str(n.withdrawnAt()),
        n.status(now).name(),
        !operator && n.readAt() != null,
        TicketDto.str(n.createdAt()),
        TicketDto.str(n.updatedAt()));
  }
}
