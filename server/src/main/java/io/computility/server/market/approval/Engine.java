package io.computility.server.market.approval;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The process engine, built on a thread of its own once the server is ready instead of during
 * start-up (its schema check and mapping set-up cost seconds that no other part waits for; see
 * {@link EngineSetup}). A call that needs it before it is built waits for it; a request thread
 * never builds it itself, so the build never joins a request's transaction or borrows a second
 * connection there.
 */
@Component
class Engine implements ApplicationListener<ApplicationReadyEvent> {
  static final long WAIT_SECONDS = 300;
  private final ObjectProvider<ProcessEngine> engine;
  private final CompletableFuture<ProcessEngine> built = new CompletableFuture<>();
  private final AtomicBoolean started = new AtomicBoolean();

  Engine(ObjectProvider<ProcessEngine> engine) {
    this.engine = engine;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    start();
  }

  private void start() {
    if (!started.compareAndSet(false, true)) return;
    Thread t =
        new Thread(
            () -> {
              try {
                built.complete(engine.getObject());
              } catch (RuntimeException | Error e) {
                built.completeExceptionally(e);
              }
            },
            "approval-engine-start");
    t.setDaemon(true);
    t.start();
  }

  ProcessEngine get() {
    start(); // a caller before the ready event starts the build (on its own thread) too
    try {
      return built.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the process engine", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the process engine did not start", e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("the process engine is still starting", e);
    }
  }

  RuntimeService runtime() {
    return get().getRuntimeService();
  }

  TaskService tasks() {
    return get().getTaskService();
  }

  RepositoryService repository() {
    return get().getRepositoryService();
  }

  HistoryService history() {
    return get().getHistoryService();
  }
}
