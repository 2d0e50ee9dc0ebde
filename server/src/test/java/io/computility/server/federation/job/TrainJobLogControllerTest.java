package io.computility.server.federation.job;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.computility.server.shared.web.NotFoundException;
import io.computility.server.shared.web.WebLayerTest;
import io.computility.server.testsupport.Fixtures;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JC-A.4 replica log endpoints (web layer, services mocked)")
class TrainJobLogControllerTest extends WebLayerTest {

  static final String LOG = "/openapi/v1/trainjob/j-1/task/0/replica/1/log";

  @Test
  @DisplayName(
      "JC-A.4 get log answers data {logUrl}, an absolute URL of the log content (web layer, services mocked)")
  void logUrl() throws Exception {
    when(jobs.find("j-1")).thenReturn(Optional.of(Fixtures.runningJob()));
    mvc.perform(get(LOG).header("Host", "sched.example:9090"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("OK"))
        .andExpect(jsonPath("$.data.logUrl").value("http://sched.example:9090" + LOG + "/content"));
  }

  @Test
  @DisplayName(
      "JC-A.4 the logUrl target serves the replica log as text/plain (web layer, services mocked)")
  void logContent() throws Exception {
    when(jobs.replicaLog("j-1", 0, 1)).thenReturn("epoch 1 loss 0.3\nepoch 2 loss 0.2\n");
    mvc.perform(get(LOG + "/content"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/plain"))
        .andExpect(content().string("epoch 1 loss 0.3\nepoch 2 loss 0.2\n"));
  }

  @Test
  @DisplayName(
      "JC-A.4 log content of an unknown replica answers a 404 envelope (web layer, services mocked)")
  void logContentUnknown() throws Exception {
    when(jobs.replicaLog("j-1", 0, 1))
        .thenThrow(new NotFoundException("replicaIndex", "no replica 1"));
    expectError(mvc.perform(get(LOG + "/content")), 404, "NOT_FOUND", "replicaIndex");
  }

  @Test
  @DisplayName(
      "JC-A.4 get log of an unknown job answers 404 naming jobId (web layer, services mocked)")
  void unknownJob() throws Exception {
    when(jobs.find("j-1")).thenReturn(Optional.empty());
    expectError(mvc.perform(get(LOG)), 404, "NOT_FOUND", "jobId");
  }

  @Test
  @DisplayName(
      "JC-A.4 get log of a task the job lacks answers 404 naming taskIndex (web layer, services mocked)")
  void unknownTask() throws Exception {
    when(jobs.find("j-1")).thenReturn(Optional.of(Fixtures.runningJob()));
    expectError(
        mvc.perform(get("/openapi/v1/trainjob/j-1/task/2/replica/0/log")),
        404,
        "NOT_FOUND",
        "taskIndex");
  }

  @Test
  @DisplayName(
      "JC-A.4 get log of a replica the task lacks answers 404 naming replicaIndex (web layer, services mocked)")
  void unknownReplica() throws Exception {
    when(jobs.find("j-1")).thenReturn(Optional.of(Fixtures.runningJob()));
    expectError(
        mvc.perform(get("/openapi/v1/trainjob/j-1/task/1/replica/1/log")),
        404,
        "NOT_FOUND",
        "replicaIndex");
  }

  @Test
  @DisplayName(
      "JC-A.4 get log rejects a negative taskIndex naming the field (web layer, services mocked)")
  void negativeTask() throws Exception {
    expectBadInput(mvc.perform(get("/openapi/v1/trainjob/j-1/task/-1/replica/0/log")), "taskIndex");
    verifyNoInteractions(jobs);
  }

  @Test
  @DisplayName(
      "JC-A.4 get log rejects a non-integer replicaIndex naming the field (web layer, services mocked)")
  void textReplica() throws Exception {
    expectBadInput(
        mvc.perform(get("/openapi/v1/trainjob/j-1/task/0/replica/first/log")), "replicaIndex");
    verifyNoInteractions(jobs);
  }

  @Test
  @DisplayName("JC-A.4 get log rejects a jobId of 64 bytes (web layer, services mocked)")
  void longJobId() throws Exception {
    expectBadInput(
        mvc.perform(get("/openapi/v1/trainjob/" + "j".repeat(64) + "/task/0/replica/0/log")),
        "jobId");
    verifyNoInteractions(jobs);
  }
}
