package io.computility.server.market.approval;

import io.computility.server.identity.AuthUser;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.ForbiddenException;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides the caller's own open task on the running approval of a subject, for parts whose pages
 * approve a subject in place (a resource work order's approve and reject buttons) rather than from
 * the approvers' to-do list. The decision is the desk's: same locks, same checks, same outcome.
 */
@Service
public class SubjectTasks {
  private final ApprovalStore store;
  private final Engine engine;
  private final TaskDesk desk;

  SubjectTasks(ApprovalStore store, Engine engine, TaskDesk desk) {
    this.store = store;
    this.engine = engine;
    this.desk = desk;
  }

  /**
   * Approves (or rejects with {@code comment} as the reason) the caller's task: 409 naming {@code
   * approval} when no approval of the subject runs, 403 when the caller has no task in it.
   */
  @Transactional
  public void decide(
      AuthUser me, String subjectType, String subjectId, boolean approve, String comment) {
    ApprovalRow a =
        store.ofSubject(subjectType, subjectId).stream()
            .filter(r -> "RUNNING".equals(r.state()))
            .findFirst()
            .orElseThrow(
                () ->
                    new ConflictException(
                        "approval", "no approval of " + subjectType + " " + subjectId + " runs"));
    Task task =
        engine
            .tasks()
            .createTaskQuery()
            .processInstanceId(a.processId())
            .taskCandidateOrAssigned(me.userId())
            .list()
            .stream()
            .findFirst()
            .orElseThrow(
                () ->
                    new ForbiddenException(
                        "approval", "you are not an approver of this " + subjectType + " now"));
    if (approve) {
      desk.approve(me, task.getId(), comment);
    } else {
      desk.reject(me, task.getId(), comment);
    }
  }
}
