package io.computility.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fuzz run's answer check on a small document shaped like springdoc's (no server). */
class ResponseCheckTest {
  private static final String DOC =
      """
      {"openapi":"3.1.0","info":{"title":"t","version":"v1"},
       "paths":{"/api/v1/things/{id}":{"get":{"operationId":"get",
         "parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}}],
         "responses":{"200":{"description":"OK","content":{"*/*":{"schema":
           {"$ref":"#/components/schemas/EnvelopeThing"}}}}}}}},
       "components":{"schemas":{
         "EnvelopeThing":{"type":"object","properties":{"status":{"type":"integer"},
           "code":{"type":"string"},"errorMsg":{"type":"string"},
           "data":{"$ref":"#/components/schemas/Thing"}}},
         "Thing":{"type":"object","properties":{"id":{"type":"string"},
           "size":{"type":"integer","format":"int32"}}}}}}
      """;

  private final ResponseCheck check = new ResponseCheck(DOC);
  private final ApiOperation get = new ApiOperation("GET", "/api/v1/things/{id}", List.of(), null);

  @Test
  @DisplayName("ISSUE-13 fuzz check: a 2xx body of the documented shape passes, also as 201")
  void onSchema() {
    String body =
        "{\"status\":200,\"code\":\"OK\",\"errorMsg\":\"\",\"data\":{\"id\":\"a\",\"size\":3}}";
    assertThat(check.offSchema(get, 200, "application/json", body)).isEmpty();
    assertThat(check.offSchema(get, 201, "application/json", body)).isEmpty();
  }

  @Test
  @DisplayName("ISSUE-13 fuzz check: a 2xx body with a wrong type or no JSON is off its schema")
  void offSchema() {
    String wrong = "{\"status\":200,\"code\":\"OK\",\"data\":{\"id\":\"a\",\"size\":\"three\"}}";
    assertThat(check.offSchema(get, 200, "application/json", wrong)).isPresent();
    assertThat(check.offSchema(get, 200, "application/json", "not json")).isPresent();
  }

  @Test
  @DisplayName("ISSUE-13 fuzz check: an error answer must be the JSON envelope with its status")
  void envelope() {
    String ok = "{\"status\":400,\"code\":\"INVALID_ARGUMENT\",\"errorMsg\":\"name: too long\"}";
    assertThat(ResponseCheck.envelopeProblem(400, "application/json", ok)).isEmpty();
    assertThat(ResponseCheck.envelopeProblem(404, "application/json", ok)).isPresent();
    assertThat(ResponseCheck.envelopeProblem(400, "text/html", "<html>")).isPresent();
  }
}
