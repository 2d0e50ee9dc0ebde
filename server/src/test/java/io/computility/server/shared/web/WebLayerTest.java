package io.computility.server.shared.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.computility.server.federation.center.CatalogService;
import io.computility.server.federation.center.CenterRegistry;
import io.computility.server.federation.center.TierSummary;
import io.computility.server.federation.job.JobService;
import io.computility.server.federation.job.SchedulerSignal;
import io.computility.server.federation.scheduling.PolicyService;
import io.computility.server.federation.simulation.SimulationService;
import io.computility.server.federation.simulation.SimulationStore;
import io.computility.server.identity.audit.AuditOutbox;
import io.computility.server.identity.security.SecurityConfig;
import io.computility.server.identity.security.TokenService;
import io.computility.server.identity.tenancy.ResourceScopes;
import io.computility.server.identity.tenancy.SharedResources;
import io.computility.server.testsupport.TestAuth;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The web slice with every controller but monitoring and the market (issue 16: its parts' tests run
 * on a real server with the process engine, it/ApprovalFlowTest and others), the real security
 * filter chain and the services (tier summary, center registry, pool, simulations) as Mockito
 * mocks; requests run as the platform admin ({@link TestAuth#platformAdmin()}); Idempotency-Key
 * handling (a database store) is left out. All subclasses share one application context; no
 * datasource, Flyway or scheduling bean is in it. The monitoring controllers are left out: their
 * tests run on a real server (it/Monitoring*, LogCollection*, StatisticsReport*).
 */
@WebMvcTest(
    excludeFilters =
        @ComponentScan.Filter(
            type = FilterType.REGEX,
            pattern =
                "io\\.computility\\.server\\.(identity|monitoring|market|shared\\.web\\.idempotency)\\..*"))
@Import({SecurityConfig.class, WebLayerTest.SliceBeans.class})
public abstract class WebLayerTest {

  @Autowired protected MockMvc mvc;
  @MockitoBean protected JobService jobs;
  @MockitoBean protected io.computility.server.federation.scheduling.DecisionReader decisions;
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
  @MockitoBean protected TokenService tokens;
  @MockitoBean protected AuditOutbox audit;
  @MockitoBean protected ResourceScopes scopes;
  @MockitoBean protected SchedulerSignal scheduler;
  @MockitoBean protected SharedResources shared;
  @MockitoBean protected io.computility.server.federation.job.JobDemand jobDemand;
  @MockitoBean protected io.computility.server.federation.job.CenterPins centerPins;
  @MockitoBean protected io.computility.server.pool.PoolMigrations poolMigrations;
  @MockitoBean protected io.computility.server.pool.MigrationProtocol migrationProtocol;
  @MockitoBean protected io.computility.server.pool.PoolStore poolStore;
  @MockitoBean protected io.computility.server.pool.PoolTaskScopes poolTaskScopes;

  @MockitoBean
  protected io.computility.server.federation.scheduling.SchedulingMetricsStore schedulingMetrics;

  @BeforeEach
  void everyJobVisible() {
    when(scopes.visible(any(), any(), any())).thenReturn(true);
    when(shared.visible(any(), any(), any())).thenReturn(true);
    when(shared.visibleTo(any(), any())).thenReturn(id -> true);
    when(centerPins.apply(any(), any())).thenAnswer(i -> i.getArgument(0));
  }

  /** Every request authenticates as the platform admin; transactions are no-ops here. */
  @TestConfiguration
  static class SliceBeans {
    @Bean
    MockMvcBuilderCustomizer asPlatformAdmin() {
      return b -> b.defaultRequest(get("/").with(TestAuth.platformAdmin()));
    }

    @Bean
    TransactionTemplate transactionTemplate() {
      return new TransactionTemplate(new NoTransactions());
    }

    /** Job submission with group commit off (no writer thread: each runs in its own no-op tx). */
    @Bean
    io.computility.server.federation.job.JobSubmission jobSubmission(
        JobService jobs,
        ResourceScopes scopes,
        TransactionTemplate tx,
        SchedulerSignal scheduler,
        io.computility.server.federation.job.JobDemand demand,
        io.computility.server.federation.job.CenterPins pins) {
      var commits =
          new io.computility.server.shared.jdbc.GroupCommit(tx, 1) {
            @Override
            public boolean isAutoStartup() {
              return false;
            }
          };
      return new io.computility.server.federation.job.JobSubmission(
          jobs, scopes, commits, scheduler, demand, pins);
    }
  }

  /** The slice has no database: a transaction is just the callback. */
  static final class NoTransactions extends AbstractPlatformTransactionManager {
    @Override
    protected Object doGetTransaction() {
      return new Object();
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {}

    @Override
    protected void doCommit(DefaultTransactionStatus status) {}

    @Override
    protected void doRollback(DefaultTransactionStatus status) {}
  }

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
