package io.computility.server.market.approval;

import io.computility.server.identity.AuthUser;
import io.computility.server.identity.CurrentUser;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.ForbiddenException;
import io.computility.server.shared.web.NotFoundException;
import io.computility.server.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** My to-do and done approvals (我的待办 / 已办), approve and reject, an approval's history. */
@RestController
@RequestMapping("/api/v1/market/approvals")
@Tag(name = "Market approvals")
public class ApprovalController {
  private final TaskDesk desk;
  private final ApprovalStore store;

  ApprovalController(TaskDesk desk, ApprovalStore store) {
    this.desk = desk;
    this.store = store;
  }

  /** An approver's decision: the comment of an approval, the reason of a rejection. */
  public record DecisionBody(String comment, String reason) {}

  @GetMapping("/tasks")
  @Operation(summary = "My to-do: open approval tasks I may decide, newest first")
  public Envelope<List<TaskView>> todo(
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      HttpServletResponse response) {
    return Envelope.ok(new Paging(page, size).apply(desk.todo(CurrentUser.get()), response));
  }

  @GetMapping("/done")
  @Operation(summary = "My done list: the tasks I decided, newest first (at most 1000)")
  public Envelope<List<ApprovalStore.Done>> done(
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      HttpServletResponse response) {
    return Envelope.ok(new Paging(page, size).apply(desk.done(CurrentUser.get(), 1000), response));
  }

  @PostMapping("/tasks/{approvalTaskId}/approve")
  @Operation(summary = "Approve a task of mine with an optional comment")
  public Envelope<Void> approve(
      @PathVariable String approvalTaskId, @RequestBody(required = false) DecisionBody body) {
    String id = Check.id(approvalTaskId, "task_id");
    String comment = body == null ? null : Check.maxChars(body.comment(), "comment", 1000);
    desk.approve(CurrentUser.get(), id, comment);
    return Envelope.ok(null);
  }

  @PostMapping("/tasks/{approvalTaskId}/reject")
  @Operation(summary = "Reject a task of mine with a reason: the approval ends REJECTED")
  public Envelope<Void> reject(
      @PathVariable String approvalTaskId, @RequestBody(required = false) DecisionBody body) {
    String id = Check.id(approvalTaskId, "task_id");
    desk.reject(CurrentUser.get(), id, body == null ? null : body.reason());
    return Envelope.ok(null);
  }

  @GetMapping("/{approvalId}/history")
  @Operation(summary = "Every decision of an approval: who, when, outcome, comment")
  public Envelope<List<ApprovalAction>> history(@PathVariable String approvalId) {
    AuthUser me = CurrentUser.get();
    ApprovalRow a =
        store
            .find(Check.id(approvalId, "approval_id"))
            .orElseThrow(() -> new NotFoundException("approval_id", "no approval " + approvalId));
    if (!me.seesAllTenants() && !a.tenantId().equals(me.tenantId())) {
      throw new NotFoundException("approval_id", "no approval " + approvalId);
    }
    if (!me.seesAllTenants() && !a.applicantId().equals(me.userId()) && !me.can("user:read")) {
      throw new ForbiddenException("approval_id", "only the applicant and administrators");
    }
    return Envelope.ok(store.actions(a.id()));
  }
}
