package io.computility.server.federation.job;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import io.computility.server.shared.web.InvalidInputException;
import io.computility.server.shared.web.WebLayerTest;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("JC-A.1 create job bad input (web layer, services mocked)")
class CreateJobValidationTest extends WebLayerTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  static String body(Consumer<ObjectNode> change) {
    ObjectNode root = (ObjectNode) JSON.readTree(TrainJobControllerTest.BODY);
    change.accept(root);
    return JSON.writeValueAsString(root);
  }

  static ObjectNode task(ObjectNode root, int i) {
    return (ObjectNode) root.get("tasks").get(i);
  }

  static Arguments bad(String what, String field, Consumer<ObjectNode> change) {
    return Arguments.of(what, field, body(change));
  }

  static Arguments raw(String what, String field, String body) {
    return Arguments.of(what, field, body);
  }

  static Stream<Arguments> badBodies() {
    String s33 = "x".repeat(33);
    return Stream.of(
        bad("missing name", "name", r -> r.remove("name")),
        bad("blank name", "name", r -> r.put("name", "  ")),
        bad("name of 33 characters", "name", r -> r.put("name", s33)),
        bad("missing tasks", "tasks", r -> r.remove("tasks")),
        bad("empty tasks", "tasks", r -> r.putArray("tasks")),
        bad("null task", "tasks[1]", r -> r.withArray("tasks").set(1, r.nullNode())),
        bad("missing task name", "tasks[0].name", r -> task(r, 0).remove("name")),
        bad("task name of 33 characters", "tasks[1].name", r -> task(r, 1).put("name", s33)),
        bad("duplicate task name", "tasks[1].name", r -> task(r, 1).put("name", "train")),
        bad("missing command", "tasks[0].command", r -> task(r, 0).remove("command")),
        bad("missing imageId", "tasks[1].imageId", r -> task(r, 1).remove("imageId")),
        bad("imageId of 33 characters", "tasks[0].imageId", r -> task(r, 0).put("imageId", s33)),
        bad(
            "missing resourceSpecId",
            "tasks[0].resourceSpecId",
            r -> task(r, 0).remove("resourceSpecId")),
        bad(
            "resourceSpecId of 33 characters",
            "tasks[1].resourceSpecId",
            r -> task(r, 1).put("resourceSpecId", s33)),
        bad(
            "missing replicaNumber",
            "tasks[0].replicaNumber",
            r -> task(r, 0).remove("replicaNumber")),
        bad("replicaNumber 0", "tasks[0].replicaNumber", r -> task(r, 0).put("replicaNumber", 0)),
        bad("replicaNumber -1", "tasks[1].replicaNumber", r -> task(r, 1).put("replicaNumber", -1)),
        bad("desc of 128 bytes", "desc", r -> r.put("desc", "d".repeat(128))),
        bad(
            "desc of 43 Chinese characters (129 bytes)",
            "desc",
            r -> r.put("desc", "作".repeat(43))),
        bad("userName of 64 bytes", "userName", r -> r.put("userName", "u".repeat(64))),
        bad("policy of 64 bytes", "policy", r -> r.put("policy", "p".repeat(64))),
        bad(
            "blank pinned center",
            "pinnedCenters[1]",
            r -> r.putArray("pinnedCenters").add("c1").add(" ")),
        bad("negative minSecurityGrade", "minSecurityGrade", r -> r.put("minSecurityGrade", -1)),
        bad("negative maxLatencyMs", "maxLatencyMs", r -> r.put("maxLatencyMs", -5.0)),
        bad("negative minBandwidthMbps", "minBandwidthMbps", r -> r.put("minBandwidthMbps", -1)),
        bad(
            "expectedDurationSeconds 0",
            "expectedDurationSeconds",
            r -> r.put("expectedDurationSeconds", 0)),
        bad(
            "statePolicy.success SOME",
            "statePolicy.success",
            r -> r.putObject("statePolicy").put("success", "SOME")),
        bad(
            "statePolicy.failure NONE",
            "statePolicy.failure",
            r -> r.putObject("statePolicy").put("failure", "NONE")),
        bad("negative maxRetries", "maxRetries", r -> r.put("maxRetries", -1)),
        bad(
            "replicaNumber of the wrong type",
            "tasks[0].replicaNumber",
            r -> task(r, 0).put("replicaNumber", "two")),
        bad("tasks of the wrong type", "tasks", r -> r.put("tasks", "train")),
        bad("allOrNothing of the wrong type", "allOrNothing", r -> r.put("allOrNothing", "maybe")),
        bad(
            "pinnedCenters of the wrong type",
            "pinnedCenters",
            r -> r.putObject("pinnedCenters").put("a", 1)),
        raw("malformed JSON", "body", "{\"name\":\"mnist\",\"tasks\":["),
        raw("an empty body", "body", ""),
        raw("a JSON array", "body", "[1,2]"));
  }

  @ParameterizedTest(name = "JC-A.1 create job rejects {0} naming {1} (web layer, services mocked)")
  @MethodSource("badBodies")
  void rejects(String what, String field, String body) throws Exception {
    expectBadInput(postJson("/openapi/v1/trainjob", body), field);
    verifyNoInteractions(jobs, catalog, policies);
  }

  @Test
  @DisplayName(
      "JC-A.1 wrong types name the JSON kind expected, not Java types (web layer, services mocked)")
  void wrongTypeMessages() throws Exception {
    postJson("/openapi/v1/trainjob", body(r -> task(r, 0).put("replicaNumber", "two")))
        .andExpect(jsonPath("$.errorMsg").value("tasks[0].replicaNumber must be an integer"));
    postJson("/openapi/v1/trainjob", body(r -> r.put("tasks", "train")))
        .andExpect(jsonPath("$.errorMsg").value("tasks must be an array"));
    postJson("/openapi/v1/trainjob", "[1]")
        .andExpect(jsonPath("$.errorMsg").value("body must be an object"));
    postJson("/openapi/v1/trainjob", "{\"name\":")
        .andExpect(jsonPath("$.errorMsg").value("body is not valid JSON"));
    verifyNoInteractions(jobs);
  }

  @Test
  @DisplayName(
      "JC-A.1 create job with an unknown resource spec answers 400 naming tasks[0].resourceSpecId (web layer, services mocked)")
  void unknownSpec() throws Exception {
    when(jobs.submit(any()))
        .thenThrow(new InvalidInputException("tasks[0].resourceSpecId", "unknown spec 'gpu-9'"));
    expectBadInput(
        postJson("/openapi/v1/trainjob", TrainJobControllerTest.BODY), "tasks[0].resourceSpecId");
  }

  @Test
  @DisplayName(
      "JC-A.1 create job with an unknown image answers 400 naming tasks[1].imageId (web layer, services mocked)")
  void unknownImage() throws Exception {
    when(jobs.submit(any()))
        .thenThrow(new InvalidInputException("tasks[1].imageId", "unknown image 'img-9'"));
    expectBadInput(
        postJson("/openapi/v1/trainjob", TrainJobControllerTest.BODY), "tasks[1].imageId");
  }

  @Test
  @DisplayName(
      "JC-A.1 create job sent as text/plain answers a 415 envelope (web layer, services mocked)")
  void wrongMediaType() throws Exception {
    var r =
        mvc.perform(
            post("/openapi/v1/trainjob")
                .contentType(MediaType.TEXT_PLAIN)
                .content(TrainJobControllerTest.BODY));
    r.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is(415))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.code")
                .value("UNSUPPORTED_MEDIA_TYPE"));
    verifyNoInteractions(jobs);
  }

  @Test
  @DisplayName(
      "JC-A.1 unexpected service failure answers a 500 envelope without a stack trace (web layer, services mocked)")
  void unexpected() throws Exception {
    when(jobs.submit(any())).thenThrow(new IllegalStateException("db exploded at Foo.java:12"));
    postJson("/openapi/v1/trainjob", TrainJobControllerTest.BODY)
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is(500))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.code")
                .value("INTERNAL"))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errorMsg")
                .value(
                    org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Foo.java"))));
  }
}
