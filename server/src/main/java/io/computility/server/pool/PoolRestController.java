package io.computility.server.pool;

import io.computility.pool.wire.PoolApi;
import io.computility.server.identity.CurrentUser;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.Paging;
import io.computility.server.shared.web.idempotency.Idempotent;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The pool's operator and user API: nodes, cards, tasks, queue, quotas, specs, policy. */
@RestController
@RequestMapping("/api/v1/pool")
public class PoolRestController {
  private final PoolService tasks;
  private final PoolAdmin admin;

  public PoolRestController(PoolService tasks, PoolAdmin admin) {
    this.tasks = tasks;
    this.admin = admin;
  }

  @GetMapping("/nodes")
  public Envelope<List<PoolApi.NodeView>> nodes() {
    return Envelope.ok(admin.nodes());
  }

  @GetMapping("/nodes/{name}")
  public Envelope<PoolApi.NodeView> node(@PathVariable String name) {
    return Envelope.ok(admin.node(name));
  }

  @PatchMapping("/nodes/{name}")
  public Envelope<PoolApi.NodeView> patchNode(
      @PathVariable String name, @RequestBody PoolApi.NodePatch patch) {
    return Envelope.ok(admin.patchNode(name, patch));
  }

  @DeleteMapping("/nodes/{name}")
  public Envelope<Void> removeNode(@PathVariable String name) {
    admin.removeNode(name);
    return Envelope.ok(null);
  }

  @GetMapping("/devices")
  public Envelope<List<PoolApi.DeviceView>> devices() {
    return Envelope.ok(admin.devices());
  }

  @PatchMapping("/devices/{uuid}")
  public Envelope<PoolApi.DeviceView> patchDevice(
      @PathVariable String uuid, @RequestBody PoolApi.DevicePatch patch) {
    return Envelope.ok(admin.patchDevice(uuid, patch));
  }

  @PostMapping("/tasks")
  @Idempotent
  public ResponseEntity<Envelope<PoolApi.TaskView>> submit(
      @Valid @RequestBody PoolApi.SubmitTask in) {
    return ResponseEntity.status(201).body(Envelope.created(tasks.submit(in, CurrentUser.get())));
  }

  /**
   * Tasks, in submission order; with {@code page} or {@code size} one page, newest first, as a list
   * screen shows them (X-Total-Count: the number matching).
   */
  @GetMapping("/tasks")
  public Envelope<List<PoolApi.TaskView>> list(
      @RequestParam(required = false) String state,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      jakarta.servlet.http.HttpServletResponse response) {
    Paging paging = new Paging(page, size);
    List<PoolApi.TaskView> all = tasks.tasks(state, CurrentUser.get());
    if (paging.requested()) all = all.stream().sorted(NEWEST_FIRST).toList();
    return Envelope.ok(paging.apply(all, response));
  }

  private static final java.util.Comparator<PoolApi.TaskView> NEWEST_FIRST =
      java.util.Comparator.comparing(
              PoolApi.TaskView::submittedAt,
              java.util.Comparator.nullsFirst(
                  java.util.Comparator.<java.time.Instant>naturalOrder()))
          .reversed();

  @GetMapping("/tasks/{id}")
  public Envelope<PoolApi.TaskView> task(@PathVariable String id) {
    return Envelope.ok(tasks.task(id, CurrentUser.get()));
  }

  @PostMapping("/tasks/{id}/stop")
  public Envelope<PoolApi.TaskView> stop(@PathVariable String id) {
    return Envelope.ok(tasks.stop(id, CurrentUser.get()));
  }

  @PutMapping("/tasks/{id}/slice")
  public Envelope<PoolApi.TaskView> resize(
      @PathVariable String id, @RequestBody PoolApi.Resize in) {
    return Envelope.ok(tasks.resize(id, in, CurrentUser.get()));
  }

  @GetMapping("/tasks/{id}/logs")
  public Envelope<List<PoolApi.LogLine>> logs(
      @PathVariable String id, @RequestParam(required = false) String contains) {
    return Envelope.ok(tasks.logs(id, contains, CurrentUser.get()));
  }

  /**
   * Searches collected logs; {@code format=text} exports them as a file (POOL-T12.18). With {@code
   * page} or {@code size} the JSON answer is one page, newest first (X-Total-Count: the number
   * matching); without, all lines oldest first as before.
   */
  @GetMapping("/logs")
  public ResponseEntity<?> searchLogs(
      @RequestParam(required = false) String task,
      @RequestParam(required = false) String node,
      @RequestParam(required = false) java.time.Instant since,
      @RequestParam(required = false) java.time.Instant until,
      @RequestParam(required = false) String contains,
      @RequestParam(defaultValue = "json") String format,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      jakarta.servlet.http.HttpServletResponse response) {
    Paging paging = new Paging(page, size);
    List<PoolApi.LogLine> lines =
        tasks.searchLogs(
            new PoolStore.LogQuery(
                task,
                node,
                Check.instant(since, "since"),
                Check.instant(until, "until"),
                contains,
                100_000));
    if (!format.equals("text")) {
      if (!paging.requested()) return ResponseEntity.ok(Envelope.ok(lines));
      List<PoolApi.LogLine> newestFirst = new java.util.ArrayList<>(lines);
      java.util.Collections.reverse(newestFirst);
      return ResponseEntity.ok(Envelope.ok(paging.apply(newestFirst, response)));
    }
    StringBuilder text = new StringBuilder();
    for (PoolApi.LogLine l : lines) {
      text.append(l.at()).append(' ').append(l.node()).append(' ').append(l.taskId());
      text.append(' ').append(l.line()).append('\n');
    }
    return ResponseEntity.ok()
        .header("Content-Disposition", "attachment; filename=\"pool-logs.txt\"")
        .contentType(org.springframework.http.MediaType.TEXT_PLAIN)
        .body(text.toString());
  }

  @GetMapping("/queue")
  public Envelope<List<PoolApi.TaskView>> queue() {
    return Envelope.ok(tasks.queue(CurrentUser.get()));
  }

  @PutMapping("/quotas/{tenant}")
  public Envelope<PoolApi.Quota> quota(
      @PathVariable String tenant, @RequestBody PoolApi.Quota quota) {
    return Envelope.ok(tasks.putQuota(tenant, quota));
  }

  @PutMapping("/specs/{name}")
  public Envelope<PoolApi.Spec> spec(@PathVariable String name, @RequestBody PoolApi.Spec spec) {
    return Envelope.ok(tasks.putSpec(name, spec));
  }

  @PutMapping("/groups/{name}")
  public Envelope<PoolApi.Group> group(@PathVariable String name, @RequestBody PoolApi.Group g) {
    return Envelope.ok(tasks.putGroup(name, g));
  }

  @DeleteMapping("/groups/{name}")
  public Envelope<Void> deleteGroup(@PathVariable String name) {
    tasks.deleteGroup(name);
    return Envelope.ok(null);
  }

  @GetMapping("/policy")
  public Envelope<PoolApi.PolicyView> policy() {
    return Envelope.ok(tasks.policy());
  }

  @PutMapping("/policy")
  public Envelope<PoolApi.PolicyView> setPolicy(@RequestBody PoolApi.PolicyView in) {
    return Envelope.ok(tasks.setPolicy(in));
  }
}
