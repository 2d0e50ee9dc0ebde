package io.computility.server.federation.job;

import static io.computility.server.shared.jdbc.Sql.instant;

import io.computility.core.job.JobStatus;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps replica rows. */
final class ReplicaRows {
  private ReplicaRows() {}

  static ReplicaRow map(ResultSet rs, int i) throws SQLException {
    return new ReplicaRow(
        rs.getString("job_id"),
        rs.getInt("task_index"),
        rs.getInt("replica_index"),
        rs.getInt("attempt"),
        rs.getString("center_id"),
        JobStatus.valueOf(rs.getString("status")),
        rs.getString("dispatch_state"),
        rs.getString("message"),
        rs.getString("transfer"),
        instant(rs, "transfer_until"),
        JobReader.splitCenters(rs.getString("avoid_centers")),
        instant(rs, "started_at"),
        instant(rs, "finished_at"));
  }
}
