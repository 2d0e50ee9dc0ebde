package io.computility.server.federation.center;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.computility.core.adapter.AdapterException;
import io.computility.core.adapter.CenterAdapter;
import io.computility.core.adapter.HpcQueue;
import io.computility.core.adapter.QueueAware;
import io.computility.server.shared.web.WebLayerTest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** GET /api/v1/centers/{id}/queues in the web slice (adapters are Mockito mocks here). */
class CenterQueueControllerTest extends WebLayerTest {

  private CenterAdapter queueCenter() {
    return mock(CenterAdapter.class, withSettings().extraInterfaces(QueueAware.class));
  }

  @Test
  @DisplayName("CMP-hpcqueue mock adapter: queues are served with Slurm semantics")
  void servesQueues() throws Exception {
    CenterAdapter a = queueCenter();
    when(((QueueAware) a).queues())
        .thenReturn(
            List.of(
                new HpcQueue(
                    "gpu",
                    List.of("n1", "n2"),
                    true,
                    100,
                    Duration.ofHours(48),
                    "FORCE:4",
                    List.of("ai"),
                    "UP",
                    128,
                    2),
                new HpcQueue(
                    "old", List.of(), false, 1, null, "EXCLUSIVE", List.of(), "INACTIVE", 0, 0)));
    when(centers.adapter("hpc")).thenReturn(Optional.of(a));
    mvc.perform(get("/api/v1/centers/hpc/queues"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data[0].name").value("gpu"))
        .andExpect(jsonPath("$.data[0].default").value(true))
        .andExpect(jsonPath("$.data[0].priority").value(100))
        .andExpect(jsonPath("$.data[0].max_time_minutes").value(2880))
        .andExpect(jsonPath("$.data[0].over_subscribe").value("FORCE:4"))
        .andExpect(jsonPath("$.data[0].allowed_groups[0]").value("ai"))
        .andExpect(jsonPath("$.data[1].max_time_minutes").doesNotExist())
        .andExpect(jsonPath("$.data[1].state").value("INACTIVE"));
  }

  @Test
  @DisplayName(
      "CMP-hpcqueue mock adapter: unknown center or one without queues is 404, unreachable 503")
  void errors() throws Exception {
    when(centers.adapter("nowhere")).thenReturn(Optional.empty());
    mvc.perform(get("/api/v1/centers/nowhere/queues")).andExpect(status().isNotFound());
    when(centers.adapter("sim")).thenReturn(Optional.of(mock(CenterAdapter.class)));
    mvc.perform(get("/api/v1/centers/sim/queues")).andExpect(status().isNotFound());
    CenterAdapter down = queueCenter();
    when(((QueueAware) down).queues()).thenThrow(new AdapterException("no answer", true));
    when(centers.adapter("down")).thenReturn(Optional.of(down));
    mvc.perform(get("/api/v1/centers/down/queues")).andExpect(status().isServiceUnavailable());
  }
}
