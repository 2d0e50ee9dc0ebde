package io.computility.server.shared.config;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Process-wide beans. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ComputilityProperties.class)
public class ServerBeans {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
