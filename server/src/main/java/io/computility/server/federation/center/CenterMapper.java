package io.computility.server.federation.center;

import io.computility.core.center.Center;
import io.computility.core.center.CenterProfile;
import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.resource.Resources;
import java.util.List;

/** Writes centers (JC table 1) and monitoring snapshots (JC table 4). */
public final class CenterMapper {

  private CenterMapper() {}

  public static CenterDto toDto(CenterInfo info) {
    Center c = info.center();
    List<Double> geometry =
        c.geometry() == null ? null : List.of(c.geometry().lon(), c.geometry().lat());
    return new CenterDto(
        c.aiCenterId(),
        c.name(),
        c.region(),
        c.status() == null ? 2 : c.status().code(),
        geometry,
        c.createdAt(),
        c.updatedAt(),
        info.adapterType(),
        profile(info.profile()),
        info.latest() == null ? null : toDto(info.latest()));
  }

  public static MonitoringDto toDto(MonitoringSnapshot m) {
    Resources u = m.used(), f = m.free();
    return new MonitoringDto(
        m.centerId(),
        m.centerName(),
        m.runningTaskNum(),
        m.waitingTaskNum(),
        u.cpu(),
        f.cpu(),
        u.npu(),
        f.npu(),
        u.gpu(),
        f.gpu(),
        u.mlu(),
        f.mlu(),
        u.memoryMb(),
        f.memoryMb(),
        u.storageGb(),
        f.storageGb(),
        u.userDefine(),
        f.userDefine(),
        m.securityGrade(),
        m.takenAt());
  }

  private static CenterDto.Profile profile(CenterProfile p) {
    if (p == null) return null;
    return new CenterDto.Profile(
        p.securityGrade(),
        p.performanceFactor(),
        p.cardModel(),
        p.staticPowerWatts(),
        p.execPowerWatts(),
        p.pricePerSpecHour());
  }
}
