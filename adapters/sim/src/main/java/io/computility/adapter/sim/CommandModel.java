package io.computility.adapter.sim;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a replica's command asks of the simulated center. {@code sleep N} (seconds, summed
 * over every occurrence) runs {@code N / performanceFactor}; {@code exit K} ends with code K, at
 * once when there is no sleep; the word {@code fail} fails with code 1 after the duration; anything
 * else runs the default duration. Then the center's {@link FailureInjection} applies.
 */
final class CommandModel {
  private static final Pattern SLEEP = Pattern.compile("\\bsleep\\s+(\\d+(?:\\.\\d*)?|\\.\\d+)");
  private static final Pattern EXIT = Pattern.compile("\\bexit\\s+(-?\\d{1,9})\\b");
  private static final Pattern FAIL = Pattern.compile("\\bfail\\b");

  private final double performanceFactor;
  private final long defaultMillis;
  private final FailureInjection failure;
  private final Optional<Pattern> failPattern;

  CommandModel(SimCenterConfig config) {
    this.performanceFactor = config.performanceFactor();
    this.defaultMillis = config.defaultDuration().toMillis();
    this.failure = config.failure();
    this.failPattern = failure.commandPattern();
  }

  /** The plan for {@code command}; {@code draw} in [0, 1) decides a probabilistic failure. */
  RunPlan plan(String command, double draw) {
    String cmd = command == null ? "" : command;
    double sleepSeconds = 0;
    boolean slept = false;
    for (Matcher m = SLEEP.matcher(cmd); m.find(); slept = true) {
      sleepSeconds += Double.parseDouble(m.group(1));
    }
    Matcher exit = EXIT.matcher(cmd);
    Integer exitCode = exit.find() ? Integer.valueOf(exit.group(1)) : null;
    long millis;
    if (slept) millis = Math.round(sleepSeconds * 1000 / performanceFactor);
    else millis = exitCode != null ? 0 : defaultMillis;
    if (exitCode != null && exitCode != 0)
      return RunPlan.failing(millis, exitCode, "command exited");
    if (FAIL.matcher(cmd).find()) return RunPlan.failing(millis, 1, "command asked to fail");
    if (failPattern.isPresent() && failPattern.get().matcher(cmd).find()) {
      return RunPlan.failing(
          millis, 1, "injected failure, command matches /" + failure.failCommandsMatching() + "/");
    }
    if (draw < failure.probability()) {
      long at = Math.round(millis * (draw / failure.probability()));
      return RunPlan.failing(at, 1, "injected failure (probability " + failure.probability() + ")");
    }
    return RunPlan.success(millis);
  }
}
