package io.computility.server.federation.center;

import io.computility.core.catalog.Image;
import io.computility.core.center.CenterStatus;
import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.resource.Resources;
import io.computility.server.shared.config.ComputilityProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Sums this tier's centers for its parent. Only centers that answered their last poll count; the
 * parent tier itself (registered for escalation) never does. The security grade is the lowest of
 * the centers, because a job sent down may land on any of them.
 */
@Component
public class TierSummary {
  private final CenterRegistry registry;
  private final CatalogCache catalog;
  private final ComputilityProperties props;
  private final Clock clock;

  public TierSummary(
      CenterRegistry registry, CatalogCache catalog, ComputilityProperties props, Clock clock) {
    this.registry = registry;
    this.catalog = catalog;
    this.props = props;
    this.clock = clock;
  }

  public TierSummaryDto now() {
    List<MonitoringSnapshot> live = new ArrayList<>();
    for (RegisteredCenter c : registry.all()) {
      if (ParentTier.TYPE.equals(c.adapterType())) continue;
      if (c.latest() == null || c.unreachableSince() != null) continue;
      live.add(c.latest());
    }
    var tier = props.tier();
    CenterStatus status = live.isEmpty() ? CenterStatus.UNAVAILABLE : CenterStatus.AVAILABLE;
    return new TierSummaryDto(
        tier.name(),
        tier.region(),
        status.code(),
        live.size(),
        CenterMapper.toDto(sum(tier.name(), live)),
        images(live.stream().map(MonitoringSnapshot::centerId).collect(Collectors.toSet())));
  }

  private MonitoringSnapshot sum(String name, List<MonitoringSnapshot> live) {
    Resources used = Resources.ZERO;
    Resources free = Resources.ZERO;
    int running = 0;
    int waiting = 0;
    int grade = live.isEmpty() ? 0 : Integer.MAX_VALUE;
    for (MonitoringSnapshot s : live) {
      used = used.plus(s.used());
      free = free.plus(s.free());
      running += s.runningTaskNum();
      waiting += s.waitingTaskNum();
      grade = Math.min(grade, s.securityGrade());
    }
    Instant now = clock.instant();
    return new MonitoringSnapshot(name, name, running, waiting, used, free, grade, now);
  }

  /** One image per name among the live centers; the name is the id jobs use across centers. */
  private List<ImageDto> images(Set<String> liveCenters) {
    Map<String, ImageDto> byName = new LinkedHashMap<>();
    for (Image i : catalog.get().images()) {
      if (!liveCenters.contains(i.aiCenterId())) continue;
      ImageDto d = ImageMapper.toDto(i);
      byName.putIfAbsent(
          i.name(),
          new ImageDto(
              i.name(),
              i.name(),
              props.tier().name(),
              d.baseOs(),
              d.framework(),
              d.resourceSpec(),
              d.createdAt(),
              d.updatedAt()));
    }
    return List.copyOf(byName.values());
  }
}
