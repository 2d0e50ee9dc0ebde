package io.computility.server.pool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The display code of a pool task's reason (issue 15): each reason the controller and the placement
 * rules of {@code core.vgpu} write has a stable code and the parameters the console needs to say it
 * in the user's language; the English text stays the fallback. Reasons are stored as text, so the
 * code is read off the text here, in one place, and reasons stored before codes existed get theirs
 * too. A text no pattern knows has no code.
 */
final class PoolReasons {
  private PoolReasons() {}

  /** A reason's code and parameters. */
  record Coded(String code, Map<String, Object> params) {}

  /** What a request asks for, as {@code PlacementRules.ask()} writes it. */
  private static final String ASK =
      "(?<count>\\d+)(?: whole card\\(s\\)| x (?<percent>\\d+)% / (?<memory>\\d+) MB)"
          + "(?: on node (?<node>\\S+))?(?: of model (?<model>\\S+))?(?: on card (?<card>\\S+))?";

  private record Rule(String code, Pattern pattern, List<String> groups) {}

  private static final List<Rule> RULES =
      List.of(
          rule("NO_FIT", "no free room for " + ASK + "(?: on affinity card (?<affinity>\\S+))?"),
          rule("NEVER_FITS", "no card can ever hold " + ASK),
          rule(
              "TOO_FEW_CARDS",
              "the pool has too few matching cards for " + ASK + "(?<oneNode> on one node)?"),
          rule("UNKNOWN_NODE", "node (?<node>\\S+) is not in the pool"),
          rule("UNKNOWN_CARD", "card (?<card>\\S+) is not in the pool"),
          rule("UNKNOWN_MODEL", "card model (?<model>\\S+) is not in the pool"),
          rule("LOCAL_NODE_MISSING", "policy local needs the task's local node"),
          rule("LOCAL_NODE_NO_CARDS", "local node (?<node>\\S+) has no accelerators in the pool"),
          rule("AGENT_RESTARTED", "the agent on node (?<node>\\S+) restarted; task lost"),
          rule(
              "EXITED",
              "exited with code (?<exitCode>-?\\d+|null) on node (?<node>\\S+); resources released"),
          rule("COMPLETED", "completed; resources released"),
          rule("STOPPED", "stopped by request; resources released"),
          rule(
              "RUN_TIMEOUT",
              "run timeout of (?<timeoutMs>\\d+) ms reached; task stopped and resources released"),
          rule("IDLE_RELEASED", "idle for (?<timeoutMs>\\d+) ms; virtual resources released"),
          rule("MIGRATING", "migrating from node (?<from>\\S+) to node (?<node>\\S+)"),
          rule("MIGRATED", "migrated from node (?<from>\\S+) to node (?<node>\\S+)"),
          rule(
              "MIGRATION_FAILED",
              "migration to node (?<target>\\S+) failed: (?<message>.*); still on (?<node>\\S+)"),
          rule(
              "ENDED_BEFORE_MIGRATION",
              "ended \\(code (?<exitCode>-?\\d+)\\) on node (?<node>\\S+) before it could be"
                  + " migrated"),
          rule(
              "RESTORE_FAILED",
              "could not be restored on node (?<node>\\S+) \\(from (?<from>\\S+)\\)"));

  /** Numeric parameters, sent as numbers. */
  private static final List<String> NUMBERS =
      List.of("count", "percent", "memory", "exitCode", "timeoutMs");

  private static Rule rule(String name, String regex) {
    List<String> groups = new ArrayList<>();
    Matcher m = Pattern.compile("\\(\\?<([a-zA-Z]+)>").matcher(regex);
    while (m.find()) groups.add(m.group(1));
    return new Rule("pool.reason." + name, Pattern.compile(regex), List.copyOf(groups));
  }

  /** The reason's code and parameters, or null when it has none (no reason, or free text). */
  static Coded of(String reason) {
    if (reason == null) return null;
    for (Rule r : RULES) {
      Matcher m = r.pattern().matcher(reason);
      if (!m.matches()) continue;
      Map<String, Object> params = new LinkedHashMap<>();
      for (String g : r.groups()) {
        String v = m.group(g);
        if (v == null) continue;
        String key = param(g);
        if ("oneNode".equals(g)) params.put(key, true);
        else if (NUMBERS.contains(g) && !"null".equals(v)) params.put(key, Long.parseLong(v));
        else params.put(key, v);
      }
      if (r.groups().contains("count")) {
        params.put("physical", m.group("percent") == null);
      }
      return new Coded(r.code(), Collections.unmodifiableMap(params));
    }
    return null;
  }

  private static String param(String group) {
    return switch (group) {
      case "percent" -> "computePercent";
      case "memory" -> "memoryMb";
      default -> group;
    };
  }
}
