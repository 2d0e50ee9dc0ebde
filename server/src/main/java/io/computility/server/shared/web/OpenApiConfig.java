package io.computility.server.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and version (served at /v3/api-docs by springdoc). */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {

  public static final String TITLE = "Computility API";

  @Bean
  OpenAPI computilityOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title(TITLE)
                .version("v1")
                .description(
                    "JC computing-power network scheduling interfaces (Appendix A) under"
                        + " /openapi/v1 and /scheduler, and Computility resources under /api/v1."
                        + " Every answer is the envelope {status, code, errorMsg, data}."));
    // The tags and their descriptions come from the controllers' @Tag: declaring them here too
    // repeated "JC jobs" and "JC scheduler", which OpenAPI parsers reject (issue 13).
  }
}
