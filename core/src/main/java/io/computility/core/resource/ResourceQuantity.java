package io.computility.core.resource;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Parses JC table 3's {@code resource_quantity} ({@code {"cpu":"1","memory":"2Gi","gpu":"1"}}) into
 * {@link Resources}, and writes it back. Quantities follow Kubernetes notation: memory and storage
 * accept Ki/Mi/Gi/Ti and K/M/G/T suffixes (plain numbers are MB for memory and GB for storage, the
 * units of JC table 2); CPU accepts millicores ("500m" rounds up to one core).
 */
public final class ResourceQuantity {

  private ResourceQuantity() {}

  public static Resources parse(Map<String, String> quantity) {
    long cpu = 0, gpu = 0, npu = 0, mlu = 0, mem = 0, storage = 0, user = 0;
    for (Map.Entry<String, String> e : quantity.entrySet()) {
      String key = e.getKey().toLowerCase(Locale.ROOT).trim();
      String value = e.getValue() == null ? "" : e.getValue().trim();
      switch (key) {
        case "cpu" -> cpu = cpu(value);
        case "gpu", "nvidia.com/gpu" -> gpu = count(key, value);
        case "npu", "huawei.com/ascend910" -> npu = count(key, value);
        case "mlu", "cambricon.com/mlu" -> mlu = count(key, value);
        case "memory" -> mem = bytesTo(value, 1L << 20, "memory");
        case "storage", "disk" -> storage = bytesTo(value, 1L << 30, "storage");
        case "user_define", "userdefine" -> user = count(key, value);
        default -> throw new IllegalArgumentException("unknown resource '" + e.getKey() + "'");
      }
    }
    return new Resources(cpu, gpu, npu, mlu, mem, storage, user);
  }

  /** Writes the canonical form: memory in Mi, storage in Gi, zero amounts left out. */
  public static Map<String, String> format(Resources r) {
    Map<String, String> m = new LinkedHashMap<>();
    if (r.cpu() > 0) m.put("cpu", Long.toString(r.cpu()));
    if (r.gpu() > 0) m.put("gpu", Long.toString(r.gpu()));
    if (r.npu() > 0) m.put("npu", Long.toString(r.npu()));
    if (r.mlu() > 0) m.put("mlu", Long.toString(r.mlu()));
    if (r.memoryMb() > 0) m.put("memory", r.memoryMb() + "Mi");
    if (r.storageGb() > 0) m.put("storage", r.storageGb() + "Gi");
    if (r.userDefine() > 0) m.put("user_define", Long.toString(r.userDefine()));
    return m;
  }

  private static long cpu(String v) {
    if (v.endsWith("m")) {
      long milli = number("cpu", v.substring(0, v.length() - 1)).longValueExact();
      return (milli + 999) / 1000;
    }
    return number("cpu", v).setScale(0, java.math.RoundingMode.CEILING).longValueExact();
  }

  private static long count(String key, String v) {
    return number(key, v).setScale(0, java.math.RoundingMode.CEILING).longValueExact();
  }

  /** Converts a quantity to units of {@code unitBytes}; a bare number is already in that unit. */
  static long bytesTo(String v, long unitBytes, String key) {
    String[][] suffixes = {
      {"Ki", "1024"}, {"Mi", "1048576"}, {"Gi", "1073741824"}, {"Ti", "1099511627776"},
      {"Pi", "1125899906842624"}, {"K", "1000"}, {"M", "1000000"}, {"G", "1000000000"},
      {"T", "1000000000000"}, {"P", "1000000000000000"}
    };
    for (String[] s : suffixes) {
      if (v.endsWith(s[0])) {
        BigDecimal bytes =
            number(key, v.substring(0, v.length() - s[0].length())).multiply(new BigDecimal(s[1]));
        return bytes
            .divide(BigDecimal.valueOf(unitBytes), 0, java.math.RoundingMode.CEILING)
            .longValueExact();
      }
    }
    return number(key, v).setScale(0, java.math.RoundingMode.CEILING).longValueExact();
  }

  private static BigDecimal number(String key, String v) {
    try {
      BigDecimal d = new BigDecimal(v);
      if (d.signum() < 0) {
        throw new IllegalArgumentException("resource '" + key + "' must not be negative");
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "resource '" + key + "' has a malformed amount '" + v + "'");
    }
  }
}
