package io.computility.core.job;

import static io.computility.core.job.JobStatePolicy.Rule.ALL;
import static io.computility.core.job.JobStatePolicy.Rule.ANY;
import static io.computility.core.job.JobStatus.COMPLETED;
import static io.computility.core.job.JobStatus.FAILED;
import static io.computility.core.job.JobStatus.PENDING;
import static io.computility.core.job.JobStatus.RUNNING;
import static io.computility.core.job.JobStatus.STOPPED;
import static org.assertj.core.api.Assertions.assertThat;

import io.computility.core.scheduling.ReplicaRequest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JobStateTest {

  private static JobStatus eval(JobStatePolicy p, JobStatus... replicas) {
    return JobStateEvaluator.evaluate(List.of(replicas), p);
  }

  @Test
  @DisplayName("JC-6.4 state policy a: all replicas completed makes the job completed")
  void allSucceed() {
    JobStatePolicy p = new JobStatePolicy(ALL, ANY);
    assertThat(eval(p, COMPLETED, COMPLETED)).isEqualTo(COMPLETED);
    assertThat(eval(p, COMPLETED, RUNNING)).isEqualTo(RUNNING);
  }

  @Test
  @DisplayName("JC-6.4 state policy b: any replica completed makes the job completed")
  void anySucceed() {
    JobStatePolicy p = new JobStatePolicy(ANY, ALL);
    assertThat(eval(p, COMPLETED, RUNNING)).isEqualTo(COMPLETED);
    assertThat(eval(p, FAILED, COMPLETED)).isEqualTo(COMPLETED);
  }

  @Test
  @DisplayName("JC-6.4 state policy c: all replicas failed makes the job failed")
  void allFail() {
    JobStatePolicy p = new JobStatePolicy(ANY, ALL);
    assertThat(eval(p, FAILED, FAILED)).isEqualTo(FAILED);
    assertThat(eval(p, FAILED, RUNNING)).isEqualTo(RUNNING);
    assertThat(eval(p, FAILED, STOPPED)).isEqualTo(FAILED);
  }

  @Test
  @DisplayName("JC-6.4 state policy d: any replica failed makes the job failed")
  void anyFail() {
    JobStatePolicy p = JobStatePolicy.DEFAULT;
    assertThat(eval(p, FAILED, RUNNING)).isEqualTo(FAILED);
    assertThat(eval(p, PENDING, PENDING)).isEqualTo(PENDING);
    assertThat(eval(p, PENDING, RUNNING)).isEqualTo(RUNNING);
    assertThat(eval(p)).isEqualTo(PENDING);
  }

  @Test
  @DisplayName("JC-6.4 a job whose replicas all ended without meeting success is failed")
  void endedWithoutSuccess() {
    JobStatePolicy p = new JobStatePolicy(ALL, ALL);
    assertThat(eval(p, COMPLETED, FAILED)).isEqualTo(FAILED);
    assertThat(eval(p, COMPLETED, FAILED, RUNNING)).isEqualTo(RUNNING);
  }

  @Test
  @DisplayName("JC-6.4 retry a: a completed job is never retried")
  void noRetryOnSuccess() {
    RetryDecision d =
        new RetryPolicy(3).decide(COMPLETED, 0, List.of(new ReplicaOutcome(0, 0, "a", COMPLETED)));
    assertThat(d.retry()).isFalse();
    assertThat(d.rerun()).isEmpty();
    assertThat(new RetryPolicy(3).decide(RUNNING, 0, List.of()).retry()).isFalse();
  }

  @Test
  @DisplayName(
      "JC-6.4 retry b: a failed job reruns its failed replicas away from their centers, N times")
  void retryFailed() {
    List<ReplicaOutcome> outcomes =
        List.of(
            new ReplicaOutcome(0, 0, "a", COMPLETED),
            new ReplicaOutcome(0, 1, "b", FAILED),
            new ReplicaOutcome(1, 0, "c", STOPPED),
            new ReplicaOutcome(1, 1, "a", RUNNING));
    RetryPolicy policy = new RetryPolicy(2);
    RetryDecision first = policy.decide(FAILED, 0, outcomes);
    assertThat(first.retry()).isTrue();
    assertThat(first.nextAttempt()).isEqualTo(1);
    assertThat(first.rerun())
        .containsExactly(
            new ReplicaRequest(0, 1, Set.of("b")), new ReplicaRequest(1, 0, Set.of("c")));
    assertThat(policy.decide(FAILED, 1, outcomes).retry()).isTrue();
    RetryDecision exhausted = policy.decide(FAILED, 2, outcomes);
    assertThat(exhausted.retry()).isFalse();
    assertThat(exhausted.why()).isEqualTo("attempt 2 reached maxRetries 2");
    assertThat(RetryPolicy.of(JobRequirements.defaults()).decide(FAILED, 0, outcomes).retry())
        .isFalse();
  }
}
