package io.computility.server.federation.center;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.computility.core.catalog.ResourceSpec;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.WebLayerTest;
import io.computility.server.testsupport.CatalogFixtures;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentCaptor;

@DisplayName("JC-6.1.2 resource specs resource (web layer, services mocked)")
class SpecControllerTest extends WebLayerTest {

  static final String SPEC =
      """
      {"resource_spec_id":"gpu-1","resource_spec_name":"1 GPU",
       "resource_quantity":{"cpu":"8","memory":"32Gi","gpu":"1"},
       "service_type":"batch","price":10,"computing_center_list":"c1，c2, c3"}
      """;

  @Test
  @DisplayName(
      "JC-6.1.2 get spec writes JC table 3 fields in snake_case (web layer, services mocked)")
  void getSpec() throws Exception {
    when(catalog.spec("gpu-1")).thenReturn(Optional.of(CatalogFixtures.spec()));
    mvc.perform(get("/api/v1/specs/gpu-1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.resource_spec_id").value("gpu-1"))
        .andExpect(jsonPath("$.data.resource_spec_name").value("1 GPU"))
        .andExpect(jsonPath("$.data.resource_quantity.memory").value("32Gi"))
        .andExpect(jsonPath("$.data.service_type").value("batch"))
        .andExpect(jsonPath("$.data.price").value(10))
        .andExpect(jsonPath("$.data.computing_center_list[1]").value("c2"))
        .andExpect(jsonPath("$.data.created_at").value("2025-03-01T08:00:00Z"))
        .andExpect(jsonPath("$.data.updated_at").exists());
  }

  @Test
  @DisplayName("JC-6.1.2 list specs answers every spec (web layer, services mocked)")
  void listSpecs() throws Exception {
    when(catalog.specs()).thenReturn(List.of(CatalogFixtures.spec()));
    mvc.perform(get("/api/v1/specs"))
        .andExpect(jsonPath("$.data[0].resource_spec_id").value("gpu-1"));
  }

  @Test
  @DisplayName(
      "JC-6.1.2 create spec accepts a comma-separated computing_center_list and parses resource_quantity (web layer, services mocked)")
  void createSpec() throws Exception {
    when(catalog.saveSpec(any(), eq(true))).thenAnswer(i -> i.getArgument(0));
    postJson("/api/v1/specs", SPEC)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value(201))
        .andExpect(jsonPath("$.data.computing_center_list.length()").value(3));
    ArgumentCaptor<ResourceSpec> saved = ArgumentCaptor.forClass(ResourceSpec.class);
    verify(catalog).saveSpec(saved.capture(), eq(true));
    assertThat(saved.getValue().computingCenterList()).containsExactly("c1", "c2", "c3");
    assertThat(saved.getValue().resources().memoryMb()).isEqualTo(32768);
    assertThat(saved.getValue().resources().gpu()).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "JC-6.1.2 create spec accepts computing_center_list as an array (web layer, services mocked)")
  void createSpecArray() throws Exception {
    when(catalog.saveSpec(any(), eq(true))).thenAnswer(i -> i.getArgument(0));
    postJson("/api/v1/specs", SPEC.replace("\"c1，c2, c3\"", "[\"c1\"]"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.data.computing_center_list[0]").value("c1"));
  }

  @Test
  @DisplayName("JC-6.1.2 creating a spec whose id exists answers 409 (web layer, services mocked)")
  void duplicate() throws Exception {
    when(catalog.saveSpec(any(), eq(true)))
        .thenThrow(new ConflictException("resource_spec_id", "spec 'gpu-1' exists"));
    expectError(postJson("/api/v1/specs", SPEC), 409, "CONFLICT", "resource_spec_id");
  }

  static Stream<Arguments> badSpecs() {
    return Stream.of(
        Arguments.of(
            "missing id", "resource_spec_id", SPEC.replace("\"resource_spec_id\":\"gpu-1\",", "")),
        Arguments.of("id of 64 bytes", "resource_spec_id", SPEC.replace("gpu-1", "g".repeat(64))),
        Arguments.of(
            "missing name",
            "resource_spec_name",
            SPEC.replace("\"resource_spec_name\":\"1 GPU\",", "")),
        Arguments.of(
            "missing quantity",
            "resource_quantity",
            SPEC.replace(
                "\"resource_quantity\":{\"cpu\":\"8\",\"memory\":\"32Gi\",\"gpu\":\"1\"},", "")),
        Arguments.of("unknown resource", "resource_quantity", SPEC.replace("\"gpu\"", "\"tpu\"")),
        Arguments.of("malformed amount", "resource_quantity", SPEC.replace("32Gi", "lots")),
        Arguments.of("negative price", "price", SPEC.replace("\"price\":10", "\"price\":-1")),
        Arguments.of(
            "price of the wrong type",
            "price",
            SPEC.replace("\"price\":10", "\"price\":\"cheap\"")),
        Arguments.of(
            "center list of the wrong type",
            "computing_center_list",
            SPEC.replace("\"c1，c2, c3\"", "{\"a\":1}")),
        Arguments.of(
            "service_type of 64 bytes", "service_type", SPEC.replace("batch", "b".repeat(64))),
        Arguments.of(
            "missing service_type",
            "service_type",
            SPEC.replace("\"service_type\":\"batch\",", "")));
  }

  @ParameterizedTest(
      name = "JC-6.1.2 create spec rejects {0} naming {1} (web layer, services mocked)")
  @MethodSource("badSpecs")
  void rejects(String what, String field, String body) throws Exception {
    expectBadInput(postJson("/api/v1/specs", body), field);
    verifyNoInteractions(catalog);
  }

  @Test
  @DisplayName(
      "JC-6.1.2 update spec with a body id other than the path answers 400 naming resource_spec_id (web layer, services mocked)")
  void updateMismatch() throws Exception {
    expectBadInput(putJson("/api/v1/specs/gpu-2", SPEC), "resource_spec_id");
    verifyNoInteractions(catalog);
  }

  @Test
  @DisplayName(
      "JC-6.1.2 update unknown spec answers 404 naming resource_spec_id (web layer, services mocked)")
  void updateUnknown() throws Exception {
    when(catalog.spec("gpu-1")).thenReturn(Optional.empty());
    expectError(putJson("/api/v1/specs/gpu-1", SPEC), 404, "NOT_FOUND", "resource_spec_id");
  }

  @Test
  @DisplayName("JC-6.1.2 update spec keeps created_at (web layer, services mocked)")
  void update() throws Exception {
    when(catalog.spec("gpu-1")).thenReturn(Optional.of(CatalogFixtures.spec()));
    when(catalog.saveSpec(any(), eq(false))).thenAnswer(i -> i.getArgument(0));
    putJson("/api/v1/specs/gpu-1", SPEC)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.created_at").value("2025-03-01T08:00:00Z"));
  }

  @Test
  @DisplayName("JC-6.1.2 delete spec answers 200 envelope (web layer, services mocked)")
  void deleteSpec() throws Exception {
    mvc.perform(delete("/api/v1/specs/gpu-1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("OK"));
    verify(catalog).deleteSpec("gpu-1");
  }
}
