package io.computility.server.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.computility.server.catalog.CatalogService;
import io.computility.server.centers.CenterRegistry;
import io.computility.server.jobs.JobService;
import io.computility.server.scheduling.PolicyService;
import io.computility.server.simulation.SimulationService;
import io.computility.server.simulation.SimulationStore;
import io.computility.server.tier.TierSummary;
import org.hamcrest.Matchers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The web slice with every controller and the services (tier summary, center registry, pool) as
 * Mockito mocks. All subclasses share one application context; no datasource, Flyway or scheduling
 * bean is in it. The monitoring controllers are left out: their tests run on a real server
 * (it/Monitoring*, LogCollection*, StatisticsReport*).
 */
@WebMvcTest(
    excludeFilters =
        @ComponentScan.Filter(
            type = FilterType.REGEX,
            pattern = "io\\.computility\\.server\\.monitoring\\..*"))
public abstract class WebLayerTest {

  @Autowired protected MockMvc mvc;
  @MockitoBean protected JobService jobs;
  @MockitoBean protected CatalogService catalog;
  @MockitoBean protected PolicyService policies;
  @MockitoBean protected TierSummary tierSummary;
  @MockitoBean protected io.computility.server.pool.PoolService poolTasks;
  @MockitoBean protected io.computility.server.pool.PoolAdmin poolAdmin;
  @MockitoBean protected io.computility.server.pool.AgentGateway poolAgents;
  @MockitoBean protected CenterRegistry centers;
  @MockitoBean protected SimulationService simulations;
  @MockitoBean protected SimulationStore simulationStore;
  @MockitoBean protected io.computility.server.pool.AgentComponents poolComponents;

  protected ResultActions postJson(String path, String body) throws Exception {
    return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  protected ResultActions putJson(String path, String body) throws Exception {
    return mvc.perform(put(path).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  /** Asserts a 4xx/5xx envelope with the given status and code whose errorMsg names the field. */
  protected static void expectError(ResultActions r, int status, String code, String field)
      throws Exception {
    r.andExpect(status().is(status))
        .andExpect(jsonPath("$.status").value(status))
        .andExpect(jsonPath("$.code").value(code))
        .andExpect(jsonPath("$.errorMsg").value(Matchers.startsWith(field + " ")))
        .andExpect(jsonPath("$.data").doesNotExist());
  }

  protected static void expectBadInput(ResultActions r, String field) throws Exception {
    expectError(r, 400, "INVALID_ARGUMENT", field);
  }
}
