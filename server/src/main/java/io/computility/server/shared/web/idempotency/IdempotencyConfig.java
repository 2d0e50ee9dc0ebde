package io.computility.server.shared.web.idempotency;

import io.computility.server.shared.loop.Periodic;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.time.Duration;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires the Idempotency-Key interceptor and the hourly purge of expired keys. */
@Configuration(proxyBeanMethods = false)
public class IdempotencyConfig implements WebMvcConfigurer {
  private final IdempotencyInterceptor interceptor;

  public IdempotencyConfig(IdempotencyInterceptor interceptor) {
    this.interceptor = interceptor;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(interceptor);
  }

  /** Documents the header on every {@link Idempotent} operation in /v3/api-docs. */
  @Bean
  OperationCustomizer idempotencyKeyHeader() {
    return (operation, handler) -> {
      if (handler.hasMethodAnnotation(Idempotent.class)) {
        operation.addParametersItem(
            new HeaderParameter()
                .name(IdempotencyInterceptor.HEADER)
                .required(false)
                .description(
                    "a repeat with the same key within 24 h returns the first answer (docs/api.md)")
                .schema(new StringSchema().minLength(1).maxLength(255)));
      }
      return operation;
    };
  }

  @Bean
  Periodic idempotencyPurge(
      IdempotencyStore store,
      @Value("${computility.idempotency.ttl:24h}") Duration ttl,
      @Value("${computility.idempotency.purge-every:1h}") Duration every) {
    return new Periodic("idempotency-purge", every) {
      @Override
      protected void runOnce() {
        store.purge(ttl);
      }
    };
  }
}
