package io.computility.server.market.approval;

import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's settings beyond application.yaml: UUID ids, so that no id block is fetched in a
 * transaction of its own (the default generator's nested connection, which the test profile
 * refuses), and no BPMN diagram generation.
 */
@Configuration(proxyBeanMethods = false)
class EngineSetup {

  @Bean
  EngineConfigurationConfigurer<SpringProcessEngineConfiguration> approvalEngineSetup() {
    return c -> {
      c.setIdGenerator(new StrongUuidGenerator());
      c.setCreateDiagramOnDeploy(false);
    };
  }
}
