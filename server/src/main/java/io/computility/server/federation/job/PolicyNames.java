package io.computility.server.federation.job;

/**
 * The scheduling policies a job may name. Implemented by the scheduling context, so that a job
 * submission can be checked without the job context depending on the scheduler.
 */
public interface PolicyNames {

  boolean exists(String policyName);
}
