package io.computility.server.shared.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Catches the pool deadlock class of bug: a thread that asks the pool for a second connection while
 * it still holds one (a query inside a row mapper, a store called while iterating, a new
 * transaction inside another). Under load every connection ends up held by a thread waiting for
 * another. Off by default; {@code computility.datasource.nested-connections=fail} (the test suite
 * sets it) refuses such a borrow with an exception naming the place, {@code warn} logs it.
 */
@Component
public class NestedConnectionGuard
    implements BeanPostProcessor, EnvironmentAware, ApplicationListener<ApplicationReadyEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(NestedConnectionGuard.class);
  private static final ThreadLocal<int[]> HELD = ThreadLocal.withInitial(() -> new int[1]);

  private String mode = "off";
  // Start-up (Flyway's migration connection beside its lock connection) is single-threaded and
  // cannot deadlock the pool; the check starts once the server is ready.
  private final AtomicBoolean ready = new AtomicBoolean();

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    ready.set(true);
  }

  @Override
  public void setEnvironment(Environment env) {
    mode = env.getProperty("computility.datasource.nested-connections", "off");
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String name) {
    if ("off".equals(mode) || !(bean instanceof DataSource ds) || bean instanceof Guarded) {
      return bean;
    }
    return new Guarded(ds, "fail".equals(mode), ready);
  }

  /** The wrapped data source: counts the connections each thread holds. */
  static final class Guarded extends DelegatingDataSource {
    private final boolean fail;
    private final AtomicBoolean ready;

    Guarded(DataSource target, boolean fail, AtomicBoolean ready) {
      super(target);
      this.fail = fail;
      this.ready = ready;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return track(super.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return track(super.getConnection(user, password));
    }

    private Connection track(Connection c) {
      int[] held = HELD.get();
      if (held[0] > 0 && ready.get()) {
        IllegalStateException e =
            new IllegalStateException(
                "thread "
                    + Thread.currentThread().getName()
                    + " borrowed a second database connection while holding one");
        LOG.error("nested database connection", e);
        if (fail) {
          close(c);
          throw e;
        }
      }
      held[0]++;
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler(c));
    }

    private static InvocationHandler handler(Connection c) {
      boolean[] closed = {false};
      return (proxy, method, args) -> {
        if ("equals".equals(method.getName())) return proxy == args[0];
        if ("hashCode".equals(method.getName())) return System.identityHashCode(proxy);
        if ("close".equals(method.getName()) && !closed[0]) {
          closed[0] = true;
          HELD.get()[0] = Math.max(0, HELD.get()[0] - 1);
        }
        try {
          return method.invoke(c, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      };
    }

    private static void close(Connection c) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // refusing the borrow is what matters
      }
    }
  }
}
