package io.computility.core.scheduling;

import io.computility.core.adapter.CenterDescription;
import io.computility.core.catalog.Dataset;
import io.computility.core.catalog.Image;
import io.computility.core.catalog.ResourceSpec;
import io.computility.core.center.CenterProfile;
import io.computility.core.center.CenterStatus;
import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.resource.Resources;
import java.math.BigDecimal;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The unified resource view one scheduling cycle works on: every center's identity, profile and
 * load, held in arrays indexed by center so that strategies score all candidates in tight loops.
 * Placements made during the cycle {@link #reserve reserve} resources here, so later decisions in
 * the same cycle see them. Not thread-safe: one cycle, one thread.
 */
public final class ClusterView {

  final int size;
  final String[] ids;
  final String[] regions;
  final CenterStatus[] status;
  final CenterProfile[] profiles;
  final Resources[] free;
  final Resources[] total;
  final int[] running;
  final int[] waiting;
  final int[] securityGrade;
  private final boolean[] monitored;
  private final double[] performance;
  private final double[] staticPower;
  private final double[] execPower;
  private final double inverseSize;
  private final Map<String, Integer> indexById = new HashMap<>();
  private final Map<String, ResourceSpec> specs;
  private final Map<String, BitSet> imageCenters = new HashMap<>();
  private final Map<String, Dataset> datasets;
  private final ColumnCache columns = new ColumnCache();
  private final FreeCopies freeCopies;
  private Scratch scratch;
  private long runningSum;
  private long runningSquares;

  /** One center's entry: description plus its latest snapshot. */
  public record Entry(CenterDescription description, MonitoringSnapshot snapshot) {}

  /**
   * Derives one per-center value that stays constant for the view's life (see {@link #column}).
   * Implementations are stateless singletons so that asking for a cached column allocates nothing.
   */
  @FunctionalInterface
  public interface Column {
    double value(ClusterView view, Object subject, int center);
  }

  public ClusterView(
      List<Entry> centers,
      Map<String, ResourceSpec> specs,
      List<Image> images,
      Map<String, Dataset> datasets) {
    this.size = centers.size();
    ids = new String[size];
    regions = new String[size];
    status = new CenterStatus[size];
    profiles = new CenterProfile[size];
    free = new Resources[size];
    total = new Resources[size];
    running = new int[size];
    waiting = new int[size];
    securityGrade = new int[size];
    monitored = new boolean[size];
    performance = new double[size];
    inverseSize = size == 0 ? 0 : 1.0 / size;
    staticPower = new double[size];
    execPower = new double[size];
    for (int i = 0; i < size; i++) {
      Entry e = centers.get(i);
      ids[i] = e.description().center().aiCenterId();
      regions[i] = e.description().center().region();
      status[i] = e.description().center().status();
      profiles[i] = e.description().profile();
      MonitoringSnapshot s = e.snapshot();
      monitored[i] = s != null;
      free[i] = s == null ? Resources.ZERO : s.free();
      total[i] = s == null ? Resources.ZERO : s.total();
      running[i] = s == null ? 0 : s.runningTaskNum();
      waiting[i] = s == null ? 0 : s.waitingTaskNum();
      securityGrade[i] = s == null ? profiles[i].securityGrade() : s.securityGrade();
      performance[i] = profiles[i].performanceFactor();
      staticPower[i] = profiles[i].staticPowerWatts();
      execPower[i] = profiles[i].execPowerWatts();
      runningSum += running[i];
      runningSquares += (long) running[i] * running[i];
      indexById.put(ids[i], i);
    }
    this.specs = Map.copyOf(specs);
    for (Image img : images) {
      Integer c = indexById.get(img.aiCenterId());
      if (c == null) continue;
      imageCenters.computeIfAbsent(img.imageId(), k -> new BitSet(size)).set(c);
      imageCenters.computeIfAbsent(img.name(), k -> new BitSet(size)).set(c);
    }
    this.datasets = Map.copyOf(datasets);
    this.freeCopies = new FreeCopies(free);
  }

  public int size() {
    return size;
  }

  public String id(int c) {
    return ids[c];
  }

  public int indexOf(String centerId) {
    Integer i = indexById.get(centerId);
    return i == null ? -1 : i;
  }

  public String region(int c) {
    return regions[c];
  }

  public CenterStatus status(int c) {
    return status[c];
  }

  public CenterProfile profile(int c) {
    return profiles[c];
  }

  public Resources free(int c) {
    return free[c];
  }

  public Resources total(int c) {
    return total[c];
  }

  public int running(int c) {
    return running[c];
  }

  public int waiting(int c) {
    return waiting[c];
  }

  public int securityGrade(int c) {
    return securityGrade[c];
  }

  /** False while the center has not reported a snapshot: its resources read as zero. */
  public boolean monitored(int c) {
    return monitored[c];
  }

  /** Tasks running plus waiting: the load the least-load strategy compares. */
  public int load(int c) {
    return running[c] + waiting[c];
  }

  public double performanceFactor(int c) {
    return performance[c];
  }

  public double staticPowerWatts(int c) {
    return staticPower[c];
  }

  public double execPowerWatts(int c) {
    return execPower[c];
  }

  public ResourceSpec spec(String specId) {
    return specs.get(specId);
  }

  public Dataset dataset(String ref) {
    return ref == null ? null : datasets.get(ref);
  }

  /** True when the center holds an image with this id or name. */
  public boolean hasImage(int c, String imageIdOrName) {
    BitSet s = imageCenters.get(imageIdOrName);
    return s != null && s.get(c);
  }

  /** True when any center holds an image with this id or name. */
  public boolean imageKnown(String imageIdOrName) {
    return imageCenters.containsKey(imageIdOrName);
  }

  /**
   * Hourly price of one instance of {@code spec} in every center: the center's own price when it
   * declares one, else the spec's list price. Cached per spec for the cycle.
   */
  public double[] prices(ResourceSpec spec) {
    return column(PRICE, spec);
  }

  private static final Column PRICE =
      (view, subject, c) -> {
        ResourceSpec spec = (ResourceSpec) subject;
        BigDecimal own = view.profiles[c].pricePerSpecHour().get(spec.resourceSpecId());
        if (own != null) return own.doubleValue();
        return spec.price() == null ? 0 : spec.price().doubleValue();
      };

  /**
   * A per-center column of {@code source} for {@code subject} (a spec, a region, a dataset...),
   * computed on first use and cached for the view's life. Only for values that placements made in
   * this cycle do not change. The array is shared: callers must not modify it.
   */
  public double[] column(Column source, Object subject) {
    double[] values = (double[]) columns.find(source, subject);
    if (values != null) return values;
    values = new double[size];
    for (int c = 0; c < size; c++) values[c] = source.value(this, subject, c);
    columns.add(source, subject, values);
    return values;
  }

  /**
   * Like {@link #column}, for values derived from the whole view at once (e.g. scaled against the
   * range over all centers). Cached for the view's life; callers must not modify the result.
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Derivation<T> source, Object subject) {
    Object value = columns.find(source, subject);
    if (value == null) {
      value = source.derive(this, subject);
      columns.add(source, subject, value);
    }
    return (T) value;
  }

  /** Computes a {@link #derived} value; implementations are stateless singletons. */
  @FunctionalInterface
  public interface Derivation<T> {
    T derive(ClusterView view, Object subject);
  }

  /**
   * How many more instances of {@code spec} every center can hold right now; kept up to date by
   * {@link #reserve} and {@link #release}. The array is shared: callers must not modify it.
   */
  public long[] freeCopies(ResourceSpec spec) {
    return freeCopies.of(spec.resources());
  }

  /** Work arrays for one decision, reused across the decisions of this view's cycle. */
  Scratch scratch(int strategies) {
    if (scratch == null || scratch.scores.length < strategies) {
      scratch = new Scratch(size, strategies);
    }
    return scratch;
  }

  /** Mean number of running tasks over all centers. */
  public double meanRunning() {
    return size == 0 ? 0 : (double) runningSum / size;
  }

  /**
   * Variance of running-task numbers if one more task ran on center {@code c} (the load-fairness
   * strategy, JC-6.6.2 h), computed in O(1) from the running sums.
   */
  public double varianceIfPlaced(int c) {
    // Multiplications by 1/n: this runs once per candidate in the load-fairness strategy.
    double mean = (runningSum + 1) * inverseSize;
    double squares = runningSquares + 2L * running[c] + 1;
    return squares * inverseSize - mean * mean;
  }

  /** Books one replica of {@code r} on center {@code c} for the rest of the cycle. */
  public void reserve(int c, Resources r) {
    free[c] = free[c].minusClamped(r);
    freeCopies.refresh(c);
    runningSquares += 2L * running[c] + 1;
    running[c]++;
    runningSum++;
  }

  /** Undoes {@link #reserve} (an all-or-nothing job that could not be placed whole). */
  public void release(int c, Resources r) {
    free[c] = free[c].plus(r);
    freeCopies.refresh(c);
    running[c]--;
    runningSum--;
    runningSquares -= 2L * running[c] + 1;
  }
}
