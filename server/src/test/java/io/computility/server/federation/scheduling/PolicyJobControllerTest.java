package io.computility.server.federation.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.computility.core.job.JobStatus;
import io.computility.core.scheduling.InvalidPolicyException;
import io.computility.core.scheduling.SchedulingStrategy;
import io.computility.core.scheduling.ScoreCard;
import io.computility.server.federation.job.JobQuery;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.WebLayerTest;
import io.computility.server.testsupport.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

@DisplayName(
    "NET-7.3b policies, strategies, job listing and decisions (web layer, services mocked)")
class PolicyJobControllerTest extends WebLayerTest {

  static final String POLICY =
      "{\"name\":\"green\",\"description\":\"low energy\",\"weights\":{\"least-load\":0.4,"
          + "\"lowest-energy\":0.6}}";

  @Test
  @DisplayName("JC-6.6.2 list strategies answers id and description (web layer, services mocked)")
  void strategies() throws Exception {
    SchedulingStrategy s = mock(SchedulingStrategy.class);
    when(s.id()).thenReturn("least-load");
    when(s.description()).thenReturn("fewest running tasks first");
    when(policies.strategies()).thenReturn(List.of(s));
    mvc.perform(get("/api/v1/strategies"))
        .andExpect(jsonPath("$.data[0].id").value("least-load"))
        .andExpect(jsonPath("$.data[0].description").value("fewest running tasks first"));
  }

  @Test
  @DisplayName(
      "NET-7.3b create policy answers 201 with name, description, weights (web layer, services mocked)")
  void createPolicy() throws Exception {
    when(policies.create(any())).thenAnswer(i -> i.getArgument(0));
    postJson("/api/v1/policies", POLICY)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.data.name").value("green"))
        .andExpect(jsonPath("$.data.weights.lowest-energy").value(0.6));
  }

  @Test
  @DisplayName(
      "NET-7.3b create policy with a negative weight answers 400 naming weights.<id> (web layer, services mocked)")
  void negativeWeight() throws Exception {
    expectBadInput(postJson("/api/v1/policies", POLICY.replace("0.4", "-1")), "weights.least-load");
    expectBadInput(postJson("/api/v1/policies", "{\"name\":\"x\",\"weights\":{}}"), "weights");
    expectBadInput(postJson("/api/v1/policies", "{\"weights\":{\"a\":1}}"), "name");
    verifyNoInteractions(policies);
  }

  @Test
  @DisplayName(
      "NET-7.3b create policy naming an unknown strategy answers 400 naming weights.<id> (web layer, services mocked)")
  void unknownStrategy() throws Exception {
    when(policies.create(any()))
        .thenThrow(new InvalidPolicyException("weights.lowest-energy", "unknown strategy"));
    expectBadInput(postJson("/api/v1/policies", POLICY), "weights.lowest-energy");
  }

  @Test
  @DisplayName(
      "NET-7.3b duplicate policy answers 409; deleting the default answers 409 (web layer, services mocked)")
  void conflicts() throws Exception {
    when(policies.create(any())).thenThrow(new ConflictException("name", "policy green exists"));
    expectError(postJson("/api/v1/policies", POLICY), 409, "CONFLICT", "name");
    org.mockito.Mockito.doThrow(new ConflictException("name", "the default policy stays"))
        .when(policies)
        .delete("default");
    expectError(mvc.perform(delete("/api/v1/policies/default")), 409, "CONFLICT", "name");
  }

  @Test
  @DisplayName(
      "JC-6.4 list jobs passes filters and answers {items, total, page, size} (web layer, services mocked)")
  void listJobs() throws Exception {
    when(jobs.list(any())).thenReturn(List.of(Fixtures.runningJob()));
    when(jobs.count(any())).thenReturn(41L);
    mvc.perform(get("/api/v1/jobs?status=running&user=alice&q=mni&page=2&size=20"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.items[0].jobId").value("j-1"))
        .andExpect(jsonPath("$.data.items[0].status").value("running"))
        .andExpect(jsonPath("$.data.items[0].replicaCount").value(3))
        .andExpect(jsonPath("$.data.total").value(41))
        .andExpect(jsonPath("$.data.page").value(2))
        .andExpect(jsonPath("$.data.size").value(20));
    ArgumentCaptor<JobQuery> q = ArgumentCaptor.forClass(JobQuery.class);
    verify(jobs).list(q.capture());
    assertThat(q.getValue()).isEqualTo(new JobQuery(JobStatus.RUNNING, "alice", "mni", 2, 20));
  }

  @Test
  @DisplayName(
      "JC-6.4 list jobs rejects an unknown status, size 0, page -1 and a page that is no number naming each (web layer, services mocked)")
  void badListQuery() throws Exception {
    expectBadInput(mvc.perform(get("/api/v1/jobs?status=sleeping")), "status");
    expectBadInput(mvc.perform(get("/api/v1/jobs?size=0")), "size");
    expectBadInput(mvc.perform(get("/api/v1/jobs?page=-1")), "page");
    mvc.perform(get("/api/v1/jobs?page=abc"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errorMsg").value("page must be an integer, was 'abc'"));
    mvc.perform(get("/api/v1/jobs?size=1.5"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errorMsg").value("size must be an integer, was '1.5'"));
    verifyNoInteractions(jobs);
  }

  @Test
  @DisplayName("JC-6.6.3 job decision answers the score cards (web layer, services mocked)")
  void decision() throws Exception {
    ScoreCard card =
        new ScoreCard(
            0, 1, List.of(new ScoreCard.CenterScores("c1", Map.of("least-load", 90.0), 90.0)));
    when(jobs.find("j-1")).thenReturn(Optional.of(Fixtures.runningJob()));
    when(decisions.find("j-1"))
        .thenReturn(
            Optional.of(
                new DecisionRecord("j-1", "default", "placed", null, List.of(card), Fixtures.T0)));
    mvc.perform(get("/api/v1/jobs/j-1/decision"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.policy").value("default"))
        .andExpect(jsonPath("$.data.scoreCards[0].replicaIndex").value(1))
        .andExpect(jsonPath("$.data.scoreCards[0].ranking[0].centerId").value("c1"))
        .andExpect(jsonPath("$.data.scoreCards[0].ranking[0].byStrategy.least-load").value(90.0))
        .andExpect(jsonPath("$.data.scoreCards[0].ranking[0].finalScore").value(90.0));
  }

  @Test
  @DisplayName(
      "JC-6.6.3 decision of an unknown job answers 404 naming jobId (web layer, services mocked)")
  void decisionUnknown() throws Exception {
    when(jobs.find("j-9")).thenReturn(Optional.empty());
    expectError(mvc.perform(get("/api/v1/jobs/j-9/decision")), 404, "NOT_FOUND", "jobId");
  }
}
