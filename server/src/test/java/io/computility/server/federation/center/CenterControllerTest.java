package io.computility.server.federation.center;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.computility.server.shared.web.WebLayerTest;
import io.computility.server.testsupport.CatalogFixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JC-6.1 centers resource (web layer, services mocked)")
class CenterControllerTest extends WebLayerTest {

  @Test
  @DisplayName("JC-6.1.1 list centers writes JC table 1 fields (web layer, services mocked)")
  void list() throws Exception {
    when(catalog.centers()).thenReturn(List.of(CatalogFixtures.center()));
    mvc.perform(get("/api/v1/centers"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("OK"))
        .andExpect(jsonPath("$.data[0].ai_center_id").value("c1"))
        .andExpect(jsonPath("$.data[0].name").value("Shanghai AI"))
        .andExpect(jsonPath("$.data[0].region").value("cn-east"))
        .andExpect(jsonPath("$.data[0].status").value(1))
        .andExpect(jsonPath("$.data[0].geometry[0]").value(121.47))
        .andExpect(jsonPath("$.data[0].geometry[1]").value(31.23))
        .andExpect(jsonPath("$.data[0].created_at").value("2025-03-01T08:00:00Z"))
        .andExpect(jsonPath("$.data[0].updated_at").exists());
  }

  @Test
  @DisplayName(
      "JC-6.1.3 get center writes the latest monitoring with JC table 4 fields (web layer, services mocked)")
  void get1() throws Exception {
    when(catalog.center("c1")).thenReturn(Optional.of(CatalogFixtures.center()));
    mvc.perform(get("/api/v1/centers/c1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.adapter_type").value("sim"))
        .andExpect(jsonPath("$.data.profile.security_grade").value(3))
        .andExpect(jsonPath("$.data.monitoring.center_name").value("Shanghai AI"))
        .andExpect(jsonPath("$.data.monitoring.running_task_num").value(3))
        .andExpect(jsonPath("$.data.monitoring.waiting_task_num").value(1))
        .andExpect(jsonPath("$.data.monitoring.cpu_used").value(10))
        .andExpect(jsonPath("$.data.monitoring.cpu_free").value(54))
        .andExpect(jsonPath("$.data.monitoring.gpu_used").value(2))
        .andExpect(jsonPath("$.data.monitoring.gpu_free").value(6))
        .andExpect(jsonPath("$.data.monitoring.npu_used").value(0))
        .andExpect(jsonPath("$.data.monitoring.npu_free").value(0))
        .andExpect(jsonPath("$.data.monitoring.mlu_used").value(0))
        .andExpect(jsonPath("$.data.monitoring.mlu_free").value(0))
        .andExpect(jsonPath("$.data.monitoring.memory_used").value(4096))
        .andExpect(jsonPath("$.data.monitoring.memory_free").value(258048))
        .andExpect(jsonPath("$.data.monitoring.storage_used").value(100))
        .andExpect(jsonPath("$.data.monitoring.storage_free").value(900))
        .andExpect(jsonPath("$.data.monitoring.defineres_used").value(0))
        .andExpect(jsonPath("$.data.monitoring.defineres_free").value(0))
        .andExpect(jsonPath("$.data.monitoring.security_grade").value(3));
  }

  @Test
  @DisplayName("JC-6.1 get unknown center answers 404 naming centerId (web layer, services mocked)")
  void unknown() throws Exception {
    when(catalog.center("c9")).thenReturn(Optional.empty());
    expectError(mvc.perform(get("/api/v1/centers/c9")), 404, "NOT_FOUND", "centerId");
  }

  @Test
  @DisplayName("JC-6.1.3 monitoring history answers the snapshots (web layer, services mocked)")
  void history() throws Exception {
    when(catalog.center("c1")).thenReturn(Optional.of(CatalogFixtures.center()));
    when(catalog.monitoringHistory("c1", 5)).thenReturn(List.of(CatalogFixtures.snapshot()));
    mvc.perform(get("/api/v1/centers/c1/monitoring?limit=5"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data[0].ai_center_id").value("c1"))
        .andExpect(jsonPath("$.data[0].taken_at").value("2025-03-01T08:00:00Z"));
  }

  @Test
  @DisplayName(
      "JC-6.1.3 monitoring history rejects limit 0 naming limit (web layer, services mocked)")
  void badLimit() throws Exception {
    expectBadInput(mvc.perform(get("/api/v1/centers/c1/monitoring?limit=0")), "limit");
    expectBadInput(mvc.perform(get("/api/v1/centers/c1/monitoring?limit=many")), "limit");
    verifyNoInteractions(catalog);
  }
}
