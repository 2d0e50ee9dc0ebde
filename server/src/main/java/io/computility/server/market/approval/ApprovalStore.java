package io.computility.server.market.approval;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Approvals and their decisions in PostgreSQL ({@code approval}, {@code approval_action}). */
@Repository
class ApprovalStore {
  private static final String SELECT =
      "select id, tenant_id, business_type, subject_type, subject_id, title, applicant_id,"
          + " flow_id, process_id, state, approvals, created_at, ended_at from approval";
  private final JdbcTemplate jdbc;

  ApprovalStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(ApprovalRow a) {
    jdbc.update(
        "insert into approval (id, tenant_id, business_type, subject_type, subject_id, title,"
            + " applicant_id, flow_id, process_id, state, approvals, created_at)"
            + " values (?,?,?,?,?,?,?,?,?,?,0,?)",
        a.id(),
        a.tenantId(),
        a.businessType(),
        a.subjectType(),
        a.subjectId(),
        a.title(),
        a.applicantId(),
        a.flowId(),
        a.processId(),
        a.state(),
        ts(a.createdAt()));
  }

  /** The running approval of a process, locked: decisions on one approval run one at a time. */
  Optional<ApprovalRow> lockByProcess(String processId) {
    return jdbc.query(SELECT + " where process_id = ? for update", this::row, processId).stream()
        .findFirst();
  }

  Optional<ApprovalRow> lockRunning(String subjectType, String subjectId) {
    return jdbc
        .query(
            SELECT + " where subject_type = ? and subject_id = ? and state = 'RUNNING' for update",
            this::row,
            subjectType,
            subjectId)
        .stream()
        .findFirst();
  }

  Optional<ApprovalRow> find(String id) {
    return jdbc.query(SELECT + " where id = ?", this::row, id).stream().findFirst();
  }

  /** The approvals of a subject, newest first. */
  List<ApprovalRow> ofSubject(String subjectType, String subjectId) {
    return jdbc.query(
        SELECT + " where subject_type = ? and subject_id = ? order by created_at desc",
        this::row,
        subjectType,
        subjectId);
  }

  List<ApprovalRow> byProcess(List<String> processIds) {
    if (processIds.isEmpty()) return List.of();
    return jdbc.query(
        SELECT + " where process_id = any(?)",
        this::row,
        (Object) processIds.toArray(String[]::new));
  }

  void approvedOnce(String id) {
    jdbc.update("update approval set approvals = approvals + 1 where id = ?", id);
  }

  void end(String id, String state, Instant at) {
    jdbc.update("update approval set state = ?, ended_at = ? where id = ?", state, ts(at), id);
  }

  void act(
      String approvalId,
      String taskId,
      String step,
      String actor,
      String outcome,
      String comment,
      Instant at) {
    jdbc.update(
        "insert into approval_action (approval_id, task_id, step_name, actor_id, outcome,"
            + " comment, at) values (?,?,?,?,?,?,?)",
        approvalId,
        taskId,
        step == null ? "" : step,
        actor,
        outcome,
        comment == null ? "" : comment,
        ts(at));
  }

  boolean acted(String taskId) {
    Integer n =
        jdbc.queryForObject(
            "select count(*) from approval_action where task_id = ?", Integer.class, taskId);
    return n != null && n > 0;
  }

  /** The history of an approval, oldest first. */
  List<ApprovalAction> actions(String approvalId) {
    return jdbc.query(
        "select a.*, u.username from approval_action a left join app_user u on u.id = a.actor_id"
            + " where a.approval_id = ? order by a.id",
        this::action,
        approvalId);
  }

  /** What one user decided (the done list), newest first, with the approval's title. */
  List<Done> done(String actorId, int limit) {
    return jdbc.query(
        "select a.*, u.username, p.title, p.subject_type, p.subject_id, p.state as approval_state"
            + " from approval_action a join approval p on p.id = a.approval_id"
            + " left join app_user u on u.id = a.actor_id"
            + " where a.actor_id = ? and a.task_id is not null order by a.id desc limit ?",
        (rs, i) ->
            new Done(
                action(rs, i),
                rs.getString("title"),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                rs.getString("approval_state")),
        actorId,
        limit);
  }

  /** One decided task of the done list. */
  record Done(
      ApprovalAction action,
      String title,
      @com.fasterxml.jackson.annotation.JsonProperty("subject_type") String subjectType,
      @com.fasterxml.jackson.annotation.JsonProperty("subject_id") String subjectId,
      @com.fasterxml.jackson.annotation.JsonProperty("approval_state") String approvalState) {}

  private ApprovalAction action(ResultSet rs, int i) throws SQLException {
    return new ApprovalAction(
        rs.getString("approval_id"),
        rs.getString("task_id"),
        rs.getString("step_name"),
        rs.getString("actor_id"),
        rs.getString("username"),
        rs.getString("outcome"),
        rs.getString("comment"),
        instant(rs, "at"));
  }

  private ApprovalRow row(ResultSet rs, int i) throws SQLException {
    return new ApprovalRow(
        rs.getString("id"),
        rs.getString("tenant_id"),
        rs.getString("business_type"),
        rs.getString("subject_type"),
        rs.getString("subject_id"),
        rs.getString("title"),
        rs.getString("applicant_id"),
        rs.getString("flow_id"),
        rs.getString("process_id"),
        rs.getString("state"),
        rs.getInt("approvals"),
        instant(rs, "created_at"),
        instant(rs, "ended_at"));
  }
}
