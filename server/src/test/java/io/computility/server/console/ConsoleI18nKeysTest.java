package io.computility.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The console's two languages hold the same keys, and every key the sources use exists. */
class ConsoleI18nKeysTest {

  static final Path SOURCES = Paths.get("../console/src");

  /**
   * Literal keys: t('a.b'), $t('a.b'), te('a.b') and page/field configs (titleKey: 'a.b', labelKey:
   * …).
   */
  static final Pattern LITERAL =
      Pattern.compile(
          "(?:\\$t\\(|\\bte?\\(|[A-Za-z]*Key:\\s*)'([A-Za-z]+\\.[A-Za-z0-9.]+)'(?!\\s*\\+)");

  /** Keys the sources build from values: t('status.' + s) and the like, with every value. */
  static final Map<String, Set<String>> FAMILIES =
      Map.ofEntries(
          Map.entry("status.", Set.of("pending", "running", "completed", "failed", "stopped")),
          Map.entry("centerStatus.s", Set.of("0", "1", "2")),
          Map.entry("overview.", Set.of("cpu", "gpu", "npu", "mlu", "memory", "storage")),
          Map.entry("pool.modes.", Set.of("virtual", "physical")),
          Map.entry("pool.nodeStatus.", Set.of("online", "offline", "disabled", "removing")),
          Map.entry("pool.deviceStatus.", Set.of("idle", "used", "disabled", "removing")),
          Map.entry(
              "pool.taskState.",
              Set.of(
                  "QUEUED",
                  "SCHEDULED",
                  "RUNNING",
                  "MIGRATING",
                  "SUCCEEDED",
                  "FAILED",
                  "STOPPED",
                  "TIMED_OUT",
                  "IDLE_RELEASED")),
          Map.entry("mon.sev.", Set.of("INFO", "WARNING", "CRITICAL")),
          Map.entry("mon.report.", Set.of("metrics", "alerts", "tasks")),
          Map.entry("mon.period.", Set.of("DAY", "WEEK", "MONTH")),
          Map.entry("sim.statuses.", Set.of("RUNNING", "DONE", "FAILED")),
          Map.entry("iam.quotaKeys.", Set.of("cpu", "memory_mb", "disk_gb", "instances", "gpu")),
          Map.entry(
              "iam.figures.",
              Set.of("quota_total", "quota_allocated", "quota_available", "quota_used")),
          Map.entry("iam.actorKinds.", Set.of("HUMAN", "AGENT", "MACHINE")),
          Map.entry("iam.permKinds.", Set.of("MENU", "PAGE", "BUTTON")),
          Map.entry("overview.windows.", Set.of("HOUR", "DAY", "WEEK")),
          Map.entry("decision.outcomes.", Set.of("PLACED", "QUEUED", "REJECTED")),
          Map.entry("units.duration.", Set.of("d", "h", "min", "s")),
          Map.entry("login.refused.", Set.of("DISABLED", "PASSWORD_EXPIRED", "NO_ROLE")),
          // the error envelope's reasons (docs/console.md "Errors"): every one said in both
          Map.entry(
              "errors.reason.",
              Set.of(
                  "REQUIRED",
                  "TOO_SMALL",
                  "TOO_LARGE",
                  "TOO_LONG",
                  "BAD_FORMAT",
                  "NOT_ONE_OF",
                  "UNKNOWN_REFERENCE",
                  "DUPLICATE",
                  "IN_USE",
                  "BAD_CREDENTIALS",
                  "LOCKED",
                  "FORBIDDEN",
                  "NOT_FOUND",
                  "CONFLICT",
                  "QUOTA_EXCEEDED",
                  "RATE_LIMITED",
                  "PAYLOAD_TOO_LARGE",
                  "SELF_ACTION",
                  "DEVICE_BUSY",
                  "INVALID",
                  "UNAUTHENTICATED",
                  "UNSUPPORTED",
                  "REJECTED",
                  "UNAVAILABLE",
                  "INTERNAL")),
          Map.entry("errors.status.", Set.of("403", "404", "409", "429", "500", "other")),
          // job phases as the job page steps through them
          Map.entry(
              "known.phases.",
              Set.of("QUEUED", "TRANSFERRING", "DISPATCHING", "DISPATCHED", "RUNNING", "DONE")));

  @Test
  @DisplayName("console zh-CN and en hold the same keys, none empty")
  void languagesHoldTheSameKeys() throws IOException {
    Map<String, String> en = messages("en.json");
    Map<String, String> zh = messages("zh-CN.json");
    assertThat(en).isNotEmpty();
    assertThat(zh.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
    assertThat(en.entrySet()).allSatisfy(e -> assertThat(e.getValue()).isNotBlank());
    assertThat(zh.entrySet()).allSatisfy(e -> assertThat(e.getValue()).isNotBlank());
  }

  @Test
  @DisplayName("every key the console sources use exists in both languages")
  void everyUsedKeyExists() throws IOException {
    Set<String> used = usedKeys();
    assertThat(used).as("keys found in the sources").hasSizeGreaterThan(100);
    FAMILIES.forEach((prefix, values) -> values.forEach(v -> used.add(prefix + v)));
    assertThat(messages("en.json").keySet()).containsAll(used);
    assertThat(messages("zh-CN.json").keySet()).containsAll(used);
  }

  static Set<String> usedKeys() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().matches(".*\\.(vue|js)$")).toList()) {
        Matcher m = LITERAL.matcher(Files.readString(f));
        while (m.find()) used.add(m.group(1));
      }
    }
    return used;
  }

  static Map<String, String> messages(String file) throws IOException {
    JsonNode root = JsonMapper.builder().build().readTree(SOURCES.resolve("i18n").resolve(file));
    Map<String, String> flat = new TreeMap<>();
    flatten("", root, flat);
    return flat;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    if (node.isObject()) {
      for (var e : node.properties()) flatten(prefix + e.getKey() + ".", e.getValue(), out);
    } else {
      out.put(prefix.substring(0, prefix.length() - 1), node.asText());
    }
  }
}
