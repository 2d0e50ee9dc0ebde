package io.computility.server.market.approval;

import io.computility.server.identity.AuthUser;
import io.computility.server.market.approval.ApprovalConcluded.Outcome;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.ForbiddenException;
import io.computility.server.shared.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approvers' desk: to-do and done lists, approve and reject. A decision locks its approval's
 * row first, so decisions on one approval (two approvers of a countersign, two clicks) run one at a
 * time and a task is completed exactly once; the later one finds it decided (409).
 */
@Service
class TaskDesk {
  private final Engine engine;
  private final ApprovalStore store;
  private final ApprovalNotices notices;
  private final Approvals approvals;
  private final Clock clock;

  TaskDesk(
      Engine engine,
      ApprovalStore store,
      ApprovalNotices notices,
      Approvals approvals,
      Clock clock) {
    this.engine = engine;
    this.store = store;
    this.notices = notices;
    this.approvals = approvals;
    this.clock = clock;
  }

  /** The caller's open tasks, newest first, of approvals of their tenant (any, platform side). */
  List<TaskView> todo(AuthUser me) {
    List<Task> open =
        engine
            .tasks()
            .createTaskQuery()
            .taskCandidateOrAssigned(me.userId())
            .orderByTaskCreateTime()
            .desc()
            .list();
    Map<String, ApprovalRow> byProcess =
        store.byProcess(open.stream().map(Task::getProcessInstanceId).distinct().toList()).stream()
            .collect(Collectors.toMap(ApprovalRow::processId, Function.identity()));
    return open.stream()
        .filter(t -> byProcess.containsKey(t.getProcessInstanceId()))
        .map(t -> view(t, byProcess.get(t.getProcessInstanceId())))
        .filter(v -> me.platformSide() || v.tenantId().equals(me.tenantId()))
        .toList();
  }

  List<ApprovalStore.Done> done(AuthUser me, int limit) {
    return store.done(me.userId(), limit);
  }

  @Transactional
  void approve(AuthUser me, String taskId, String comment) {
    Decision d = decision(me, taskId);
    Set<String> before = notices.activeTasks(d.approval().processId());
    try {
      if (d.task().getAssignee() == null) engine.tasks().claim(taskId, me.userId());
      engine.tasks().complete(taskId);
    } catch (FlowableOptimisticLockingException e) {
      throw new ConflictException("task_id", "task " + taskId + " was decided concurrently");
    }
    store.act(
        d.approval().id(),
        taskId,
        d.task().getName(),
        me.userId(),
        "APPROVED",
        comment,
        clock.instant());
    store.approvedOnce(d.approval().id());
    notices.audit(me.userId(), d.approval(), "approval approve", "APPROVED");
    if (approvals.ended(d.approval().processId())) {
      approvals.conclude(d.approval(), Outcome.APPROVED, null);
    } else {
      notices.newTasks(d.approval(), before);
    }
  }

  @Transactional
  void reject(AuthUser me, String taskId, String rawReason) {
    Decision d = decision(me, taskId); // 404/403/409 before the body is judged
    String reason = io.computility.server.shared.web.Check.text(rawReason, "reason", 1000);
    store.act(
        d.approval().id(),
        taskId,
        d.task().getName(),
        me.userId(),
        "REJECTED",
        reason,
        clock.instant());
    engine.runtime().deleteProcessInstance(d.approval().processId(), "REJECTED by " + me.userId());
    notices.audit(me.userId(), d.approval(), "approval reject", "REJECTED");
    approvals.conclude(d.approval(), Outcome.REJECTED, reason);
  }

  private record Decision(Task task, ApprovalRow approval) {}

  /** The open task the caller may decide, its approval locked; 404, 403 or 409 naming task_id. */
  private Decision decision(AuthUser me, String taskId) {
    Task first = open(taskId);
    if (first == null) throw decidedOrMissing(taskId);
    ApprovalRow a =
        store
            .lockByProcess(first.getProcessInstanceId())
            .orElseThrow(() -> new NotFoundException("task_id", "no approval task " + taskId));
    Task t = open(taskId); // again, under the lock: a concurrent decision has committed by now
    if (t == null || !"RUNNING".equals(a.state())) throw decidedOrMissing(taskId);
    boolean mine =
        engine.tasks().createTaskQuery().taskId(taskId).taskCandidateOrAssigned(me.userId()).count()
            > 0;
    if (!mine || (!me.platformSide() && !a.tenantId().equals(me.tenantId()))) {
      throw new ForbiddenException("task_id", "task " + taskId + " is another approver's");
    }
    return new Decision(t, a);
  }

  private Task open(String taskId) {
    try {
      return engine.tasks().createTaskQuery().taskId(taskId).singleResult();
    } catch (FlowableException e) {
      return null;
    }
  }

  private RuntimeException decidedOrMissing(String taskId) {
    boolean known =
        store.acted(taskId)
            || engine.history().createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
    if (known) return new ConflictException("task_id", "task " + taskId + " is already decided");
    return new NotFoundException("task_id", "no approval task " + taskId);
  }

  private static TaskView view(Task t, ApprovalRow a) {
    return new TaskView(
        t.getId(),
        t.getName(),
        t.getCreateTime() == null ? null : t.getCreateTime().toInstant(),
        a.id(),
        a.title(),
        a.subjectType(),
        a.subjectId(),
        a.tenantId(),
        a.applicantId());
  }
}
