package io.computility.server.federation.center;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.core.center.Center;
import io.computility.core.center.CenterProfile;
import io.computility.core.center.CenterStatus;
import io.computility.core.center.GeoPoint;
import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.resource.Resources;
import io.computility.server.shared.jdbc.JsonColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Centers (JC table 1) and their monitoring history (JC table 4). */
@Repository
public class CenterStore {
  private final JdbcTemplate jdbc;
  private final JsonColumns json;

  public CenterStore(JdbcTemplate jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public void upsert(Center c, CenterProfile profile, String adapterType) {
    jdbc.update(
        "insert into center (ai_center_id, name, region, status, lon, lat, adapter_type, profile,"
            + " created_at, updated_at) values (?,?,?,?,?,?,?,?::jsonb,?,?) on conflict"
            + " (ai_center_id) do update set name = excluded.name, region = excluded.region,"
            + " status = excluded.status, lon = excluded.lon, lat = excluded.lat, adapter_type ="
            + " excluded.adapter_type, profile = excluded.profile, updated_at = excluded.updated_at",
        c.aiCenterId(),
        c.name(),
        c.region(),
        c.status().code(),
        c.geometry() == null ? null : c.geometry().lon(),
        c.geometry() == null ? null : c.geometry().lat(),
        adapterType,
        json.write(profile),
        ts(c.createdAt()),
        ts(c.updatedAt()));
  }

  public void setStatus(String centerId, CenterStatus status, java.time.Instant now) {
    jdbc.update(
        "update center set status = ?, updated_at = ? where ai_center_id = ? and status <> ?",
        status.code(),
        ts(now),
        centerId,
        status.code());
  }

  public List<Center> all() {
    return jdbc.query("select * from center order by join_order", CenterStore::center);
  }

  public void recordSnapshot(MonitoringSnapshot s) {
    Resources u = s.used(), f = s.free();
    jdbc.update(
        "insert into center_snapshot (center_id, taken_at, running_task_num, waiting_task_num,"
            + " cpu_used, cpu_free, gpu_used, gpu_free, npu_used, npu_free, mlu_used, mlu_free,"
            + " memory_used, memory_free, storage_used, storage_free, defineres_used,"
            + " defineres_free, security_grade) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        s.centerId(),
        ts(s.takenAt()),
        s.runningTaskNum(),
        s.waitingTaskNum(),
        u.cpu(),
        f.cpu(),
        u.gpu(),
        f.gpu(),
        u.npu(),
        f.npu(),
        u.mlu(),
        f.mlu(),
        u.memoryMb(),
        f.memoryMb(),
        u.storageGb(),
        f.storageGb(),
        u.userDefine(),
        f.userDefine(),
        s.securityGrade());
  }

  /** Newest {@code limit} snapshots of a center, oldest first. */
  public List<MonitoringSnapshot> history(String centerId, int limit) {
    List<MonitoringSnapshot> newestFirst =
        jdbc.query(
            "select s.*, c.name from center_snapshot s join center c on c.ai_center_id ="
                + " s.center_id where s.center_id = ? order by s.taken_at desc limit ?",
            CenterStore::snapshot,
            centerId,
            limit);
    java.util.List<MonitoringSnapshot> oldestFirst = new java.util.ArrayList<>(newestFirst);
    java.util.Collections.reverse(oldestFirst);
    return oldestFirst;
  }

  private static Center center(ResultSet rs, int i) throws SQLException {
    double lon = rs.getDouble("lon");
    GeoPoint g = rs.wasNull() ? null : new GeoPoint(lon, rs.getDouble("lat"));
    return new Center(
        rs.getString("ai_center_id"),
        rs.getString("name"),
        rs.getString("region"),
        CenterStatus.ofCode(rs.getInt("status")),
        g,
        instant(rs, "created_at"),
        instant(rs, "updated_at"));
  }

  private static MonitoringSnapshot snapshot(ResultSet rs, int i) throws SQLException {
    Resources used =
        new Resources(
            rs.getLong("cpu_used"),
            rs.getLong("gpu_used"),
            rs.getLong("npu_used"),
            rs.getLong("mlu_used"),
            rs.getLong("memory_used"),
            rs.getLong("storage_used"),
            rs.getLong("defineres_used"));
    Resources free =
        new Resources(
            rs.getLong("cpu_free"),
            rs.getLong("gpu_free"),
            rs.getLong("npu_free"),
            rs.getLong("mlu_free"),
            rs.getLong("memory_free"),
            rs.getLong("storage_free"),
            rs.getLong("defineres_free"));
    return new MonitoringSnapshot(
        rs.getString("center_id"),
        rs.getString("name"),
        rs.getInt("running_task_num"),
        rs.getInt("waiting_task_num"),
        used,
        free,
        rs.getInt("security_grade"),
        instant(rs, "taken_at"));
  }
}
