package io.computility.server.monitoring.api;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The in-app alert inbox (站内消息, CMP-observe unified alert inbox). */
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
  @Operation(summary = "Inbox messages, newest first; unread=true keeps unread ones")
  public Envelope<PageData<NotificationDto>> list(
      @RequestParam(required = false) Boolean unread,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    PageData<Notification> p =
        inbox.list(Boolean.TRUE.equals(unread), Params.page(page), Params.size(size, 50));
    return Envelope.ok(
        new PageData<>(
            p.items().stream().map(AlertMapper::notification).toList(),
            p.total(),
            p.page(),
            p.size()));
  }

  @GetMapping("/unread-count")
  public Envelope<Count> unread() {
    return Envelope.ok(new Count(inbox.unread()));
  }

  @PostMapping("/{id}/read")
  public Envelope<Void> read(@PathVariable long id) {
    if (!inbox.markRead(id, clock.instant())) {
      throw new NotFoundException("id", "no notification " + id);
    }
    return Envelope.ok(null);
  }

  @PostMapping("/read-all")
  public Envelope<Count> readAll() {
    return Envelope.ok(new Count(inbox.markAllRead(clock.instant())));
  }
}
