package io.computility.server.market.approval;

import io.computility.server.market.approval.ApprovalConcluded.Outcome;
import io.computility.server.shared.web.ConflictException;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.flowable.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts and withdraws approvals; what other parts of the market call. Every method runs in the
 * caller's transaction, so the subject's state and its approval commit together.
 */
@Service
public class Approvals {
  private final Engine engine;
  private final FlowStore flows;
  private final FlowDeployer deployer;
  private final ApproverDirectory directory;
  private final ApprovalStore store;
  private final ApprovalNotices notices;
  private final Clock clock;

  Approvals(
      Engine engine,
      FlowStore flows,
      FlowDeployer deployer,
      ApproverDirectory directory,
      ApprovalStore store,
      ApprovalNotices notices,
      Clock clock) {
    this.engine = engine;
    this.flows = flows;
    this.deployer = deployer;
    this.directory = directory;
    this.store = store;
    this.notices = notices;
    this.clock = clock;
  }

  /**
   * Starts the approval of a subject with the newest flow of its tenant (else the default flow) and
   * business type. 409 naming {@code business_type} when there is no flow, {@code steps} when a
   * step finds no approver, {@code state} when one is running already.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public ApprovalRow start(ApprovalStart s) {
    if (store.lockRunning(s.subjectType(), s.subjectId()).isPresent()) {
      throw new ConflictException("state", "an approval of this " + s.subjectType() + " runs");
    }
    FlowRow flow =
        flows
            .current(s.tenantId(), s.businessType())
            .orElseThrow(
                () ->
                    new ConflictException(
                        "business_type", "no approval flow for " + s.businessType()));
    flow = deployer.ensureDeployed(flow);
    ProcessInstance pi =
        engine
            .runtime()
            .startProcessInstanceById(flow.definitionId(), s.subjectId(), variables(flow, s));
    ApprovalRow a =
        new ApprovalRow(
            "apv-" + UUID.randomUUID(),
            s.tenantId(),
            s.businessType(),
            s.subjectType(),
            s.subjectId(),
            s.title() == null ? "" : s.title(),
            s.applicantId(),
            flow.id(),
            pi.getId(),
            "RUNNING",
            0,
            clock.instant(),
            null);
    store.insert(a);
    notices.audit(s.applicantId(), a, "approval start", "RUNNING");
    if (ended(pi.getId())) {
      conclude(a, Outcome.APPROVED, null);
    } else {
      notices.newTasks(a, Set.of());
    }
    return a;
  }

  private Map<String, Object> variables(FlowRow flow, ApprovalStart s) {
    Map<String, Object> v = new HashMap<>();
    v.put("applicant", s.applicantId());
    v.put("tenantAdmins", directory.tenantAdmins(s.tenantId()));
    v.put("orgLeader", directory.orgLeader(s.orgId()));
    v.put("platformOperators", directory.platformOperators());
    List<FlowStep> steps = flow.steps();
    for (int i = 0; i < steps.size(); i++) {
      List<String> users = directory.approvers(steps.get(i), s.tenantId(), s.orgId());
      if (users.isEmpty()) {
        throw new ConflictException(
            "steps[" + i + "]", "step '" + steps.get(i).name() + "' finds no approver");
      }
      v.put("step" + i, new java.util.ArrayList<>(users));
    }
    return v;
  }

  /**
   * Withdraws the running approval of a subject before anybody approved: 409 naming {@code state}
   * once any approval was given or when none runs.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void withdraw(String subjectType, String subjectId, String actorId) {
    ApprovalRow a =
        store
            .lockRunning(subjectType, subjectId)
            .orElseThrow(() -> new ConflictException("state", "no approval is running"));
    if (a.approvals() > 0) {
      throw new ConflictException(
          "state", "an approver already approved; withdrawing is no longer possible");
    }
    engine.runtime().deleteProcessInstance(a.processId(), "WITHDRAWN by " + actorId);
    store.act(a.id(), null, "", actorId, "WITHDRAWN", "", clock.instant());
    notices.audit(actorId, a, "approval withdraw", "WITHDRAWN");
    conclude(a, Outcome.WITHDRAWN, null);
  }

  /** Every decision on every approval of a subject, oldest first. */
  public List<ApprovalAction> history(String subjectType, String subjectId) {
    List<ApprovalRow> all = new java.util.ArrayList<>(store.ofSubject(subjectType, subjectId));
    java.util.Collections.reverse(all);
    return all.stream().flatMap(a -> store.actions(a.id()).stream()).toList();
  }

  /** The newest approval of a subject. */
  public Optional<ApprovalRow> latest(String subjectType, String subjectId) {
    return store.ofSubject(subjectType, subjectId).stream().findFirst();
  }

  /** Whether the user decided on, or may decide on, an approval of the subject. */
  public boolean involves(String subjectType, String subjectId, String userId) {
    Set<String> users = new LinkedHashSet<>();
    for (ApprovalRow a : store.ofSubject(subjectType, subjectId)) {
      store.actions(a.id()).forEach(x -> users.add(x.actorId()));
      if ("RUNNING".equals(a.state())) {
        users.addAll(notices.pendingApprovers(a.processId()));
      }
    }
    return users.contains(userId);
  }

  boolean ended(String processId) {
    return engine.runtime().createProcessInstanceQuery().processInstanceId(processId).count() == 0;
  }

  void conclude(ApprovalRow a, Outcome outcome, String reason) {
    store.end(a.id(), outcome.name(), clock.instant());
    notices.concluded(a, outcome, reason);
  }
}
