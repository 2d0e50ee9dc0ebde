package io.computility.server.market.approval;

import io.computility.server.identity.audit.AuditLog;
import io.computility.server.market.MarketMessage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What an approval tells the world, in the deciding transaction: an audit entry per action, a to-do
 * message to each approver of a new task, the outcome to the applicant, and {@link
 * ApprovalConcluded}.
 */
@Component
class ApprovalNotices {
  private final Engine engine;
  static final String TODO_LINK = "/market/approvals/todo";
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  ApprovalNotices(Engine engine, AuditLog audit, ApplicationEventPublisher events) {
    this.engine = engine;
    this.audit = audit;
    this.events = events;
  }

  void audit(String actor, ApprovalRow a, String action, String result) {
    audit.operation(
        actor, a.tenantId(), action, a.subjectType() + " " + a.subjectId() + " " + a.id(), result);
  }

  /** The active task ids of a process. */
  Set<String> activeTasks(String processId) {
    Set<String> ids = new LinkedHashSet<>();
    for (Task t : engine.tasks().createTaskQuery().processInstanceId(processId).list())
      ids.add(t.getId());
    return ids;
  }

  /** Sends a to-do to the approvers of every task of the approval not in {@code before}. */
  void newTasks(ApprovalRow a, Set<String> before) {
    Set<String> users = new LinkedHashSet<>();
    for (Task t : engine.tasks().createTaskQuery().processInstanceId(a.processId()).list()) {
      if (before.contains(t.getId())) continue;
      users.addAll(approvers(t));
    }
    if (users.isEmpty()) return;
    events.publishEvent(
        new MarketMessage(
            new ArrayList<>(users),
            "market.approval.todo",
            Map.of("title", a.title(), "approval_id", a.id()),
            TODO_LINK));
  }

  /** Everybody who may decide a task of the process now. */
  Set<String> pendingApprovers(String processId) {
    Set<String> users = new LinkedHashSet<>();
    for (Task t : engine.tasks().createTaskQuery().processInstanceId(processId).list()) {
      users.addAll(approvers(t));
    }
    return users;
  }

  /** The assignee or candidate users of a task. */
  List<String> approvers(Task t) {
    if (t.getAssignee() != null) return List.of(t.getAssignee());
    List<String> out = new ArrayList<>();
    for (IdentityLink l : engine.tasks().getIdentityLinksForTask(t.getId())) {
      if ("candidate".equals(l.getType()) && l.getUserId() != null) out.add(l.getUserId());
    }
    return out;
  }

  void concluded(ApprovalRow a, ApprovalConcluded.Outcome outcome, String reason) {
    events.publishEvent(new ApprovalConcluded(a.subjectType(), a.subjectId(), outcome, reason));
    events.publishEvent(
        new MarketMessage(
            List.of(a.applicantId()),
            "market.approval." + outcome.name().toLowerCase(),
            reason == null
                ? Map.of("title", a.title(), "approval_id", a.id())
                : Map.of("title", a.title(), "approval_id", a.id(), "reason", reason),
            null));
  }
}
