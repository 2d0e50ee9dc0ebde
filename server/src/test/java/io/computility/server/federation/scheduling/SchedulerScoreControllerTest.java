package io.computility.server.federation.scheduling;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.computility.core.scheduling.SchedulingPolicy;
import io.computility.core.scheduling.SchedulingStrategy;
import io.computility.server.shared.web.WebLayerTest;
import io.computility.server.testsupport.CatalogFixtures;
import io.computility.server.testsupport.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

@DisplayName("JC-A.5 / A.6 scoring endpoints (web layer, services mocked)")
class SchedulerScoreControllerTest extends WebLayerTest {

  @BeforeEach
  void knownStrategiesAndCenter() {
    SchedulingStrategy load = mock(SchedulingStrategy.class);
    when(load.id()).thenReturn("least-load");
    SchedulingStrategy price = mock(SchedulingStrategy.class);
    when(price.id()).thenReturn("lowest-price");
    when(policies.strategies()).thenReturn(List.of(load, price));
    when(catalog.center(anyString())).thenReturn(Optional.empty());
    when(catalog.center("c1")).thenReturn(Optional.of(CatalogFixtures.center()));
  }

  ResultActions evaluate(String query) throws Exception {
    return mvc.perform(get("/scheduler/evaluate/score/c1?" + query));
  }

  @Test
  @DisplayName(
      "JC-A.5 strategy score answers data {score} as an integer (web layer, services mocked)")
  void score() throws Exception {
    when(policies.strategyScore("least-load", "c1", null)).thenReturn(87);
    mvc.perform(get("/scheduler/algorithm/least-load/score/c1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value(200))
        .andExpect(jsonPath("$.code").value("OK"))
        .andExpect(jsonPath("$.data.score").value(87));
  }

  @Test
  @DisplayName(
      "JC-A.5 strategy score for a job passes jobId to the service (web layer, services mocked)")
  void scoreForJob() throws Exception {
    when(jobs.find("j-1")).thenReturn(Optional.of(Fixtures.runningJob()));
    when(policies.strategyScore("least-load", "c1", "j-1")).thenReturn(55);
    mvc.perform(get("/scheduler/algorithm/least-load/score/c1?jobId=j-1"))
        .andExpect(jsonPath("$.data.score").value(55));
  }

  @Test
  @DisplayName(
      "JC-A.5 unknown strategy answers 404 naming algorithmId (web layer, services mocked)")
  void unknownStrategy() throws Exception {
    expectError(
        mvc.perform(get("/scheduler/algorithm/coin-flip/score/c1")),
        404,
        "NOT_FOUND",
        "algorithmId");
    verify(policies, never()).strategyScore(any(), any(), any());
  }

  @Test
  @DisplayName("JC-A.5 unknown center answers 404 naming centerId (web layer, services mocked)")
  void unknownCenter() throws Exception {
    expectError(
        mvc.perform(get("/scheduler/algorithm/least-load/score/c9")), 404, "NOT_FOUND", "centerId");
    verify(policies, never()).strategyScore(any(), any(), any());
  }

  @Test
  @DisplayName("JC-A.5 unknown jobId answers 400 naming jobId (web layer, services mocked)")
  void unknownJob() throws Exception {
    when(jobs.find("j-9")).thenReturn(Optional.empty());
    expectBadInput(mvc.perform(get("/scheduler/algorithm/least-load/score/c1?jobId=j-9")), "jobId");
    verify(policies, never()).strategyScore(any(), any(), any());
  }

  @Test
  @DisplayName(
      "JC-A.5 algorithmId over 32 characters answers 400 naming it (web layer, services mocked)")
  void longAlgorithmId() throws Exception {
    expectBadInput(
        mvc.perform(get("/scheduler/algorithm/" + "a".repeat(33) + "/score/c1")), "algorithmId");
    verifyNoInteractions(policies, catalog, jobs);
  }

  @Test
  @DisplayName(
      "JC-A.6 evaluation answers data {score} from the service with the parsed lists (web layer, services mocked)")
  void evaluates() throws Exception {
    when(policies.evaluate("c1", List.of("least-load", "lowest-price"), List.of(80.0, 90.0), null))
        .thenReturn(85);
    evaluate("algorithmIds=least-load,lowest-price&algorithmScores=80,90")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("OK"))
        .andExpect(jsonPath("$.data.score").value(85));
  }

  @Test
  @DisplayName(
      "JC-A.6 evaluation with a named policy uses its weights (web layer, services mocked)")
  void evaluatesWithPolicy() throws Exception {
    when(policies.find("green"))
        .thenReturn(Optional.of(new SchedulingPolicy("green", "", Map.of("least-load", 1.0))));
    when(policies.evaluate("c1", List.of("least-load"), List.of(70.0), "green")).thenReturn(70);
    evaluate("algorithmIds=least-load&algorithmScores=70&policy=green")
        .andExpect(jsonPath("$.data.score").value(70));
  }

  @Test
  @DisplayName(
      "JC-A.6 lists of unequal length answer 400 naming algorithmScores (web layer, services mocked)")
  void unequalLengths() throws Exception {
    expectBadInput(
        evaluate("algorithmIds=least-load,lowest-price&algorithmScores=80"), "algorithmScores");
    verifyNoInteractions(policies, catalog, jobs);
  }

  @Test
  @DisplayName(
      "JC-A.6 a score over 100 answers 400 naming algorithmScores[1] (web layer, services mocked)")
  void scoreOver100() throws Exception {
    expectBadInput(
        evaluate("algorithmIds=least-load,lowest-price&algorithmScores=80,101"),
        "algorithmScores[1]");
    verifyNoInteractions(policies, catalog, jobs);
  }

  @Test
  @DisplayName(
      "JC-A.6 a negative or non-numeric score answers 400 naming it (web layer, services mocked)")
  void scoreNotNumber() throws Exception {
    expectBadInput(
        evaluate("algorithmIds=least-load,lowest-price&algorithmScores=-1,90"),
        "algorithmScores[0]");
    expectBadInput(evaluate("algorithmIds=least-load&algorithmScores=high"), "algorithmScores[0]");
    verifyNoInteractions(policies, catalog, jobs);
  }

  @Test
  @DisplayName("JC-A.6 missing algorithmIds answers 400 naming it (web layer, services mocked)")
  void missingIds() throws Exception {
    expectBadInput(evaluate("algorithmScores=80"), "algorithmIds");
    verifyNoInteractions(policies, catalog, jobs);
  }

  @Test
  @DisplayName(
      "JC-A.6 an unknown strategy answers 400 naming algorithmIds[1] (web layer, services mocked)")
  void unknownStrategyInList() throws Exception {
    expectBadInput(
        evaluate("algorithmIds=least-load,coin-flip&algorithmScores=80,90"), "algorithmIds[1]");
    verify(policies, never()).evaluate(any(), any(), any(), any());
  }

  @Test
  @DisplayName("JC-A.6 an unknown center answers 404 naming centerId (web layer, services mocked)")
  void unknownCenterEvaluate() throws Exception {
    expectError(
        mvc.perform(get("/scheduler/evaluate/score/c9?algorithmIds=least-load&algorithmScores=1")),
        404,
        "NOT_FOUND",
        "centerId");
    verify(policies, never()).evaluate(any(), any(), any(), any());
  }

  @Test
  @DisplayName("JC-A.6 an unknown policy answers 400 naming policy (web layer, services mocked)")
  void unknownPolicy() throws Exception {
    when(policies.find("nope")).thenReturn(Optional.empty());
    expectBadInput(evaluate("algorithmIds=least-load&algorithmScores=1&policy=nope"), "policy");
    verify(policies, never()).evaluate(any(), any(), any(), any());
  }
}
