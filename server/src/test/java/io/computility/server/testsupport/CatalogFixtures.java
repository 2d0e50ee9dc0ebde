package io.computility.server.testsupport;

import io.computility.core.catalog.Dataset;
import io.computility.core.catalog.DatasetLocation;
import io.computility.core.catalog.Image;
import io.computility.core.catalog.ResourceSpec;
import io.computility.core.center.Center;
import io.computility.core.center.CenterProfile;
import io.computility.core.center.CenterStatus;
import io.computility.core.center.GeoPoint;
import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.resource.ResourceQuantity;
import io.computility.core.resource.Resources;
import io.computility.server.federation.center.CenterInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Catalog values the mocked services answer with. */
public final class CatalogFixtures {

  private CatalogFixtures() {}

  public static MonitoringSnapshot snapshot() {
    return new MonitoringSnapshot(
        "c1",
        "Shanghai AI",
        3,
        1,
        new Resources(10, 2, 0, 0, 4096, 100, 0),
        new Resources(54, 6, 0, 0, 258048, 900, 0),
        3,
        Fixtures.T0);
  }

  public static CenterInfo center() {
    Center c =
        new Center(
            "c1",
            "Shanghai AI",
            "cn-east",
            CenterStatus.AVAILABLE,
            new GeoPoint(121.47, 31.23),
            Fixtures.T0,
            Fixtures.T0);
    CenterProfile p =
        new CenterProfile(
            "c1", Map.of("gpu-1", new BigDecimal("12.5")), 200, 400, 1.2, 3, "A100", List.of());
    return new CenterInfo(c, p, "sim", snapshot());
  }

  public static ResourceSpec spec() {
    Map<String, String> q = Map.of("cpu", "8", "memory", "32Gi", "gpu", "1");
    return new ResourceSpec(
        "gpu-1",
        "1 GPU",
        q,
        ResourceQuantity.parse(q),
        "batch",
        new BigDecimal("10"),
        List.of("c1", "c2"),
        Fixtures.T0,
        Fixtures.T0);
  }

  public static Image image() {
    return new Image(
        "img-1",
        "pytorch",
        "c1",
        Map.of("base_os", "ubuntu22.04"),
        List.of("PyTorch"),
        List.of("gpu-1"),
        Fixtures.T0,
        Fixtures.T0);
  }

  public static Dataset dataset() {
    DatasetLocation l =
        new DatasetLocation("s3://c1/mnist", "r", "c1", 0.99, 1000, 4, 1, "cn-east/sh/az1", 30);
    return new Dataset("mnist", "v1", 120, "alice", List.of(l), Fixtures.T0, Fixtures.T0);
  }
}
