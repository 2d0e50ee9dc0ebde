package io.computility.server.shared.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How long a request waits for a pooled database connection before it answers 503 ({@code
 * computility.datasource.connection-timeout}, 3 s by default, for the embedded and an external
 * database alike). Hikari's 30 s default froze the whole server in 30-second cycles under load; a
 * short wait sheds the excess and lets health recover by itself once the load stops.
 */
@Component
public class PoolConnectionTimeout implements BeanPostProcessor, EnvironmentAware {
  private Duration timeout = Duration.ofSeconds(3);

  @Override
  public void setEnvironment(Environment env) {
    String value = env.getProperty("computility.datasource.connection-timeout");
    if (value != null && !value.isBlank()) timeout = DurationStyle.detectAndParse(value);
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String name) {
    if (bean instanceof HikariDataSource ds) ds.setConnectionTimeout(timeout.toMillis());
    return bean;
  }
}
