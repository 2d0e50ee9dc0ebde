package io.computility.core.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.core.job.JobStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LatestReplicaStatesTest {
  private final ReplicaKey key = new ReplicaKey("job-1", 0, 0, 0);

  private ReplicaState state(JobStatus status) {
    return new ReplicaState(key, "x-1", status, status.name(), null, null);
  }

  @Test
  @DisplayName(
      "JC-6.4 replica states from out-of-order polls never move back, and each change is published once")
  void neverBackwards() {
    LatestReplicaStates states = new LatestReplicaStates("c1");
    List<JobStatus> seen = new ArrayList<>();
    states.subscribe(e -> seen.add(e.state().status()));
    states.subscribe(
        e -> {
          throw new IllegalStateException("a failing listener does not stop the others");
        });

    states.record(state(JobStatus.PENDING));
    states.record(state(JobStatus.RUNNING));
    states.record(state(JobStatus.RUNNING));
    assertThat(states.record(state(JobStatus.PENDING)).status()).isEqualTo(JobStatus.RUNNING);
    states.record(state(JobStatus.COMPLETED));
    assertThat(states.record(state(JobStatus.RUNNING)).status()).isEqualTo(JobStatus.COMPLETED);

    assertThat(seen).containsExactly(JobStatus.PENDING, JobStatus.RUNNING, JobStatus.COMPLETED);
    assertThat(states.get(key)).map(ReplicaState::status).contains(JobStatus.COMPLETED);
    assertThat(states.all()).hasSize(1);
  }
}
