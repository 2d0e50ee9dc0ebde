package io.computility.server.federation.job;

import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.core.job.Job;
import io.computility.core.job.JobStatus;
import io.computility.core.job.TaskSpec;
import io.computility.server.shared.jdbc.JsonColumns;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Stores newly accepted jobs: the job row, its tasks and one pending row per replica. */
@Repository
public class JobWriter {
  private final JdbcTemplate jdbc;
  private final JsonColumns json;

  public JobWriter(JdbcTemplate jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Transactional
  public void insert(Job job) {
    jdbc.update(
        "insert into job (id, name, user_name, descr, created_user, requirements, status, phase,"
            + " priority, submitted_at, updated_at) values (?,?,?,?,?,?::jsonb,?,'QUEUED',?,?,?)",
        job.id(),
        job.name(),
        job.userName(),
        job.desc(),
        job.createdUser(),
        json.write(job.requirements()),
        JobStatus.PENDING.name(),
        job.requirements().priority(),
        ts(job.submittedAt()),
        ts(job.submittedAt()));
    List<Object[]> tasks = new ArrayList<>();
    List<Object[]> replicas = new ArrayList<>();
    for (TaskSpec t : job.tasks()) {
      tasks.add(
          new Object[] {
            job.id(),
            t.index(),
            t.name(),
            t.command(),
            t.imageId(),
            t.resourceSpecId(),
            t.replicaNumber()
          });
      for (int r = 0; r < t.replicaNumber(); r++) {
        replicas.add(new Object[] {job.id(), t.index(), r, JobStatus.PENDING.name()});
      }
    }
    jdbc.batchUpdate(
        "insert into task (job_id, task_index, name, command, image_id, resource_spec_id,"
            + " replica_number) values (?,?,?,?,?,?,?)",
        tasks);
    jdbc.batchUpdate(
        "insert into replica (job_id, task_index, replica_index, status) values (?,?,?,?)",
        replicas);
  }
}
