package io.computility.adapter.sim;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Failures a simulated center injects on its own.
 *
 * @param probability chance in [0, 1] that a replica fails part-way through its run
 * @param seed seed of the center's random draws, so a run of submissions is reproducible
 * @param failCommandsMatching regex; a replica whose command contains a match fails at the end of
 *     its duration (null: none)
 */
public record FailureInjection(double probability, long seed, String failCommandsMatching) {

  /** No injected failures. */
  public static final FailureInjection NONE = new FailureInjection(0, 0, null);

  public FailureInjection {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException(
          "FailureInjection.probability must be in [0, 1], was " + probability);
    }
    if (failCommandsMatching != null) {
      try {
        Pattern.compile(failCommandsMatching);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "FailureInjection.failCommandsMatching is not a valid regex: " + e.getDescription(), e);
      }
    }
  }

  /** The compiled {@link #failCommandsMatching} pattern, if any. */
  public Optional<Pattern> commandPattern() {
    return Optional.ofNullable(failCommandsMatching).map(Pattern::compile);
  }
}
