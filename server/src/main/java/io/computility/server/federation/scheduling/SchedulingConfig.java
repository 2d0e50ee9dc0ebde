package io.computility.server.federation.scheduling;

import io.computility.core.data.MigrationSourceSelector;
import io.computility.core.resource.CardCatalogue;
import io.computility.core.scheduling.SchedulingPipeline;
import io.computility.core.scheduling.config.SchedulingComponents;
import io.computility.server.shared.config.ComputilityProperties;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the scheduler from core's single assembly point, as the simulator and benchmarks do. */
@Configuration(proxyBeanMethods = false)
public class SchedulingConfig {

  @Bean
  CardCatalogue cardCatalogue() {
    return CardCatalogue.defaults();
  }

  @Bean
  SchedulingComponents schedulingComponents(CardCatalogue cards, ComputilityProperties props) {
    return SchedulingComponents.create(
        cards, MigrationSourceSelector.defaults(), List.of(), props.scheduler().explainTop());
  }

  @Bean
  SchedulingPipeline schedulingPipeline(SchedulingComponents components) {
    return components.pipeline();
  }
}
