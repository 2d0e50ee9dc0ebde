package io.computility.server.market.approval;

import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's settings beyond application.yaml: UUID ids, so that no id block is fetched in a
 * transaction of its own (the default generator's nested connection, which the test profile
 * refuses), no BPMN diagram generation, no Spring beans in expressions; and the engine's beans
 * created lazily ({@link Engine} builds it in the background).
 */
@Configuration(proxyBeanMethods = false)
class EngineSetup {

  /**
   * Every bean of the engine is created on first use, not during start-up: {@link Engine} builds it
   * on a thread of its own once the server is ready.
   */
  @Bean
  static BeanFactoryPostProcessor lazyProcessEngine() {
    return factory -> {
      for (String name : factory.getBeanDefinitionNames()) {
        BeanDefinition d = factory.getBeanDefinition(name);
        if (flowable(d)) d.setLazyInit(true);
      }
    };
  }

  private static boolean flowable(BeanDefinition d) {
    String type = d.getBeanClassName();
    if (type != null && type.startsWith("org.flowable.")) return true;
    if (d instanceof AnnotatedBeanDefinition a && a.getFactoryMethodMetadata() != null) {
      return a.getFactoryMethodMetadata().getDeclaringClassName().startsWith("org.flowable.");
    }
    return false;
  }

  @Bean
  EngineConfigurationConfigurer<SpringProcessEngineConfiguration> approvalEngineSetup() {
    return c -> {
      c.setIdGenerator(new StrongUuidGenerator());
      c.setCreateDiagramOnDeploy(false);
      // expressions resolve process variables only, never a Spring bean
      c.setBeans(new java.util.HashMap<>());
    };
  }
}
