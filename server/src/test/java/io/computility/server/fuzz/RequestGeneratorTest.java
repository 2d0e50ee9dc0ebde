package io.computility.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The fuzz run's request generator on a small document shaped like springdoc's (no server). */
class RequestGeneratorTest {
  private static final JsonNode DOC =
      JsonMapper.builder()
          .build()
          .readTree(
              """
              {"openapi":"3.1.0","paths":{"/api/v1/things/{id}":{"put":{
                 "parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}},
                   {"name":"page","in":"query","schema":{"type":"integer"}}],
                 "requestBody":{"content":{"application/json":{"schema":
                   {"$ref":"#/components/schemas/Thing"}}}},"responses":{"200":{"description":"OK"}}}}},
               "components":{"schemas":{"Thing":{"type":"object","required":["name"],"properties":{
                 "name":{"type":"string"},"tags":{"type":"array","items":{"type":"string"}},
                 "size":{"type":"integer"},
                 "parts":{"type":"array","items":{"$ref":"#/components/schemas/Part"}}}},
               "Part":{"type":"object","properties":{"n":{"type":"integer"}}}}}}
              """);

  private static List<FuzzRequest> requests(long seed, int n) {
    ApiOperation op = ApiOperation.all(DOC).get(0);
    RequestGenerator g = new RequestGenerator(new Values(DOC, new Random(seed), Set.of("admin")));
    List<FuzzRequest> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(g.next(op));
    return out;
  }

  @Test
  @DisplayName("ISSUE-13 fuzz generator: one seed, one sequence of requests")
  void seeded() {
    assertThat(requests(42, 200)).isEqualTo(requests(42, 200));
    assertThat(requests(42, 200)).isNotEqualTo(requests(43, 200));
  }

  @Test
  @DisplayName(
      "ISSUE-13 fuzz generator: valid requests and NUL, null-element and whole-body attacks")
  void mixesValidAndHostile() {
    List<FuzzRequest> all = requests(7, 2_000);
    assertThat(all).allMatch(r -> r.pathAndQuery().startsWith("/api/v1/things/"));
    assertThat(all).noneMatch(r -> r.pathAndQuery().contains("{id}"));
    assertThat(all).anyMatch(r -> r.mutation().equals("valid") && r.body().contains("\"name\""));
    assertThat(all).anyMatch(r -> r.body() != null && r.body().contains("\\u0000"));
    assertThat(all).anyMatch(r -> r.body() != null && r.body().contains("null]"));
    assertThat(all).anyMatch(r -> r.mutation().equals("body.name left out"));
    assertThat(all).anyMatch(r -> r.pathAndQuery().contains("%00"));
    assertThat(all).anyMatch(r -> r.mutation().equals("body replaced"));
  }
}
