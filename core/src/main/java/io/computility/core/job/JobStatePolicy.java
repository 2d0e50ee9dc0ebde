package io.computility.core.job;

/**
 * How replica outcomes make a job's outcome (JC-6.4, job-state policies a–d). A job succeeds
 * according to {@link #success} and fails according to {@link #failure}; the first rule met wins.
 */
public record JobStatePolicy(Rule success, Rule failure) {

  /** ALL: every replica must reach the state; ANY: one replica reaching it is enough. */
  public enum Rule {
    ALL,
    ANY
  }

  public static final JobStatePolicy DEFAULT = new JobStatePolicy(Rule.ALL, Rule.ANY);
}
