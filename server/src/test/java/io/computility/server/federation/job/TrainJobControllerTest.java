package io.computility.server.federation.job;

import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.computility.core.job.JobStatePolicy;
import io.computility.server.shared.web.NotFoundException;
import io.computility.server.shared.web.WebLayerTest;
import io.computility.server.testsupport.Fixtures;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.web.servlet.ResultActions;

@DisplayName("JC-A.1–A.3 train job endpoints (web layer, services mocked)")
class TrainJobControllerTest extends WebLayerTest {

  static final String BODY =
      """
      {"name":"mnist","tasks":[
        {"name":"train","command":"python train.py","imageId":"img-1","resourceSpecId":"spec-1","replicaNumber":2},
        {"name":"eval","command":"python eval.py","imageId":"img-1","resourceSpecId":"spec-1","replicaNumber":1}]}
      """;

  ResultActions create(String body) throws Exception {
    return postJson("/openapi/v1/trainjob", body);
  }

  @Test
  @DisplayName(
      "JC-A.1 create job answers 201 with data {jobId, taskInfos[{name, centerIDs}]} (web layer, services mocked)")
  void createsJob() throws Exception {
    when(jobs.submit(any())).thenReturn(Fixtures.queuedJob());
    create(BODY)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value(201))
        .andExpect(jsonPath("$.code").value("OK"))
        .andExpect(jsonPath("$.errorMsg").value(""))
        .andExpect(jsonPath("$.data.jobId").value("j-1"))
        .andExpect(jsonPath("$.data.taskInfos[0].name").value("train"))
        .andExpect(jsonPath("$.data.taskInfos[0].centerIDs").isArray())
        .andExpect(jsonPath("$.data.taskInfos[1].name").value("eval"));
    ArgumentCaptor<NewJob> job = ArgumentCaptor.forClass(NewJob.class);
    verify(jobs).submit(job.capture());
    org.assertj.core.api.Assertions.assertThat(job.getValue().tasks())
        .containsExactly(
            new NewJob.NewTask("train", "python train.py", "img-1", "spec-1", 2),
            new NewJob.NewTask("eval", "python eval.py", "img-1", "spec-1", 1));
    org.assertj.core.api.Assertions.assertThat(job.getValue().requirements().statePolicy())
        .isEqualTo(JobStatePolicy.DEFAULT);
  }

  @Test
  @DisplayName(
      "JC-A.3 get job answers data {jobId, name, status, taskInfos[{name, command, imageId, resourceSpecId, replicaNumber, centerIDs, replicaStatus}]} (web layer, services mocked)")
  void getsJob() throws Exception {
    when(jobs.find("j-1")).thenReturn(Optional.of(Fixtures.runningJob()));
    mvc.perform(get("/openapi/v1/trainjob/j-1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("OK"))
        .andExpect(jsonPath("$.data.jobId").value("j-1"))
        .andExpect(jsonPath("$.data.name").value("mnist"))
        .andExpect(jsonPath("$.data.status").value("running"))
        .andExpect(jsonPath("$.data.submittedAt").value("2025-03-01T08:00:00Z"))
        .andExpect(jsonPath("$.data.taskInfos[0].name").value("train"))
        .andExpect(jsonPath("$.data.taskInfos[0].command").value("python train.py"))
        .andExpect(jsonPath("$.data.taskInfos[0].imageId").value("img-1"))
        .andExpect(jsonPath("$.data.taskInfos[0].resourceSpecId").value("spec-1"))
        .andExpect(jsonPath("$.data.taskInfos[0].replicaNumber").value(2))
        .andExpect(jsonPath("$.data.taskInfos[0].centerIDs[0]").value("c1"))
        .andExpect(jsonPath("$.data.taskInfos[0].centerIDs[1]").value("c2"))
        .andExpect(jsonPath("$.data.taskInfos[0].replicaStatus[1]").value("running"))
        .andExpect(jsonPath("$.data.taskInfos[1].replicaStatus[0]").value("pending"));
  }

  @Test
  @DisplayName("JC-A.3 get unknown job answers 404 naming jobId (web layer, services mocked)")
  void getUnknown() throws Exception {
    when(jobs.find("nope")).thenReturn(Optional.empty());
    mvc.perform(get("/openapi/v1/trainjob/nope"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.code").value("NOT_FOUND"))
        .andExpect(jsonPath("$.errorMsg").value(startsWith("jobId ")));
  }

  @Test
  @DisplayName("JC-A.2 stop job answers 200 envelope (web layer, services mocked)")
  void stops() throws Exception {
    when(jobs.stop("j-1")).thenReturn(Fixtures.runningJob());
    mvc.perform(post("/openapi/v1/trainjob/j-1/stop"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value(200))
        .andExpect(jsonPath("$.code").value("OK"));
    verify(jobs).stop("j-1");
  }

  @Test
  @DisplayName("JC-A.2 stop unknown job answers 404 naming jobId (web layer, services mocked)")
  void stopUnknown() throws Exception {
    when(jobs.stop("nope")).thenThrow(new NotFoundException("jobId", "job 'nope' does not exist"));
    mvc.perform(post("/openapi/v1/trainjob/nope/stop"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("NOT_FOUND"))
        .andExpect(jsonPath("$.errorMsg").value("jobId job 'nope' does not exist"));
  }

  @Test
  @DisplayName(
      "JC-A.1 create job rejects replicaNumber 0 naming the field (web layer, services mocked)")
  void rejectsReplicaZero() throws Exception {
    create(BODY.replace("\"replicaNumber\":2", "\"replicaNumber\":0"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.code").value("INVALID_ARGUMENT"))
        .andExpect(jsonPath("$.errorMsg").value("tasks[0].replicaNumber must be > 0, was 0"));
    verifyNoInteractions(jobs);
  }
}
