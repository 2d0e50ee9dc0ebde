package io.computility.server.cli;

import io.computility.server.ComputilityServer;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/** Runs {@link ComputilityServer} in this JVM and waits until its context closes. */
final class SpringServerLauncher implements ServerLauncher {

  @Override
  public int launch(String[] springArgs) {
    CountDownLatch closed = new CountDownLatch(1);
    SpringApplication app = new SpringApplication(ComputilityServer.class);
    app.addListeners(
        event -> {
          if (event instanceof ContextClosedEvent) closed.countDown();
        });
    ConfigurableApplicationContext context = app.run(springArgs);
    try {
      if (context.isActive()) closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      context.close();
    }
    return ComputilityCli.OK;
  }
}
