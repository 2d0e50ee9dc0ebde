package io.computility.adapter.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpServer;
import io.computility.core.adapter.AdapterException;
import io.computility.core.job.JobStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Failure answers real slurmrestd cannot be made to give on demand (5xx bursts), from a mock HTTP
 * server; plus the state mapping table.
 */
class SlurmRetryMockTest {
  private HttpServer server;
  private final AtomicInteger calls = new AtomicInteger();

  @AfterEach
  void stop() {
    if (server != null) server.stop(0);
  }

  private SlurmRestClient clientAnswering(int failures, int failStatus) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        ex -> {
          int n = calls.incrementAndGet();
          byte[] body =
              (n <= failures ? "" : "{\"errors\":[],\"pings\":[]}")
                  .getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(
              n <= failures ? failStatus : 200, body.length == 0 ? -1 : body.length);
          ex.getResponseBody().write(body);
          ex.close();
        });
    server.start();
    URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    SlurmConfig c = RealSlurm.config("slurm-mock", url);
    TokenSource fixed =
        new TokenSource() {
          @Override
          public String token() {
            return "t";
          }

          @Override
          public void invalidate() {}
        };
    return new SlurmRestClient(c, fixed);
  }

  @Test
  @DisplayName("JC-6.4 mock slurmrestd: two 503 answers are retried with backoff, the third wins")
  void retriesServerErrors() throws IOException {
    SlurmRestClient client = clientAnswering(2, 503);
    assertThat(client.get("/ping").ok()).isTrue();
    assertThat(calls.get()).isEqualTo(3);
  }

  @Test
  @DisplayName("JC-6.4 mock slurmrestd: 5xx beyond the last attempt surfaces a transient failure")
  void surfacesPersistentServerErrors() throws IOException {
    SlurmRestClient client = clientAnswering(100, 502);
    Throwable t = catchThrowable(() -> client.get("/ping"));
    assertThat(t)
        .isInstanceOfSatisfying(
            AdapterException.class, e -> assertThat(e.transientFailure()).isTrue())
        .hasMessageContaining("502");
    assertThat(calls.get()).isEqualTo(3);
  }

  @Test
  @DisplayName("JC-6.4 mock slurmrestd: a 400 is the caller's fault, surfaced at once, not retried")
  void badRequestIsNotRetried() throws IOException {
    SlurmRestClient client = clientAnswering(100, 400);
    Throwable t = catchThrowable(() -> client.get("/ping"));
    assertThat(t)
        .isInstanceOfSatisfying(
            AdapterException.class, e -> assertThat(e.transientFailure()).isFalse());
    assertThat(calls.get()).isEqualTo(1);
  }

  @Test
  @DisplayName("JC-6.4 Slurm job states map to JC replica states")
  void stateMapping() {
    assertThat(SlurmStates.toJc("PENDING")).isEqualTo(JobStatus.PENDING);
    assertThat(SlurmStates.toJc("CONFIGURING")).isEqualTo(JobStatus.PENDING);
    assertThat(SlurmStates.toJc("RUNNING")).isEqualTo(JobStatus.RUNNING);
    assertThat(SlurmStates.toJc("COMPLETING")).isEqualTo(JobStatus.RUNNING);
    assertThat(SlurmStates.toJc("COMPLETED")).isEqualTo(JobStatus.COMPLETED);
    assertThat(SlurmStates.toJc("CANCELLED")).isEqualTo(JobStatus.STOPPED);
    for (String s : new String[] {"FAILED", "TIMEOUT", "NODE_FAIL", "OUT_OF_MEMORY", "PREEMPTED"}) {
      assertThat(SlurmStates.toJc(s)).as(s).isEqualTo(JobStatus.FAILED);
    }
    assertThat(Gres.count("gpu:a100:4(S:0-1),gpu:v100:2,mps:100", "gpu")).isEqualTo(6);
    assertThat(Gres.count("gpu:fake:0(IDX:N/A)", "gpu")).isZero();
  }
}
