package io.computility.server.monitoring.api;

import io.computility.server.monitoring.alerts.InboxAudience;
import io.computility.server.monitoring.alerts.Notification;
import io.computility.server.monitoring.alerts.NotificationStore;
import io.computility.server.monitoring.api.dto.Count;
import io.computility.server.monitoring.api.dto.NotificationDto;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.NotFoundException;
import io.computility.server.shared.web.PageData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The in-app inbox (站内消息 / 我的消息; CMP-observe unified alert inbox, issue 16 personal messages):
 * every signed-in user reads their own messages; monitor:read users also the alerts.
 */
@RestController
@RequestMapping("/api/v1/monitoring/notifications")
@Tag(name = "Monitoring")
public class NotificationController {
  private final NotificationStore inbox;
  private final Clock clock;

  public NotificationController(NotificationStore inbox, Clock clock) {
    this.inbox = inbox;
    this.clock = clock;
  }

  @GetMapping
  @Operation(
      summary =
          "The caller's inbox, newest first: their own messages and, for monitor:read, the alerts;"
              + " unread=true keeps unread ones, title filters by a part of the title")
  public Envelope<PageData<NotificationDto>> list(
      @RequestParam(required = false) Boolean unread,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    PageData<Notification> p =
        inbox.list(
            Readers.current(),
            Boolean.TRUE.equals(unread),
            Readers.titleFilter(title),
            Params.page(page),
            Params.size(size, 50));
    return Envelope.ok(
        new PageData<>(
            p.items().stream().map(AlertMapper::notification).toList(),
            p.total(),
            p.page(),
            p.size()));
  }

  @GetMapping("/unread-count")
  @Operation(summary = "How many of the caller's inbox messages are unread")
  public Envelope<Count> unread() {
    return Envelope.ok(new Count(inbox.unread(Readers.current())));
  }

  @PostMapping("/{id}/read")
  @Operation(summary = "Marks one message of the caller's inbox read")
  public Envelope<Void> read(@PathVariable String id) {
    if (!inbox.markRead(Readers.current(), Readers.id(id), clock.instant())) {
      throw new NotFoundException("id", "no notification " + id);
    }
    return Envelope.ok(null);
  }

  @PostMapping("/read-all")
  @Operation(summary = "Marks every message of the caller's inbox read")
  public Envelope<Count> readAll() {
    return Envelope.ok(new Count(inbox.markAllRead(Readers.current(), clock.instant())));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Deletes one of the caller's own messages (alerts cannot be deleted)")
  public Envelope<Void> delete(@PathVariable String id) {
    InboxAudience who = Readers.current();
    if (!inbox.deletePersonal(who.userId(), Readers.id(id))) {
      throw new NotFoundException("id", "no message " + id + " of yours");
    }
    return Envelope.ok(null);
  }
}
