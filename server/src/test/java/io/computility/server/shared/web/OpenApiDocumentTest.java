package io.computility.server.shared.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

@Import(OpenApiConfig.class)
@ImportAutoConfiguration({
  SpringDocConfiguration.class,
  SpringDocConfigProperties.class,
  SpringDocWebMvcConfiguration.class
})
@DisplayName("OpenAPI document (web layer, services mocked)")
class OpenApiDocumentTest extends WebLayerTest {

  @Autowired ApplicationContext context;

  @Test
  @DisplayName(
      "API-DOC /v3/api-docs has title, version, tags and the six JC paths (web layer, services mocked)")
  void document() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.info.title").value(OpenApiConfig.TITLE))
        .andExpect(jsonPath("$.info.version").value("v1"))
        .andExpect(jsonPath("$.paths['/openapi/v1/trainjob'].post.tags[0]").value("JC jobs"))
        .andExpect(jsonPath("$.paths['/openapi/v1/trainjob/{jobId}/stop'].post").exists())
        .andExpect(jsonPath("$.paths['/openapi/v1/trainjob/{id}'].get").exists())
        .andExpect(
            jsonPath(
                    "$.paths['/openapi/v1/trainjob/{id}/task/{taskIndex}/replica/{replicaIndex}/log'].get")
                .exists())
        .andExpect(
            jsonPath("$.paths['/scheduler/algorithm/{algorithmId}/score/{centerId}'].get").exists())
        .andExpect(jsonPath("$.paths['/scheduler/evaluate/score/{centerId}'].get").exists())
        .andExpect(jsonPath("$.components.schemas.SpecDto.properties.resource_spec_id").exists());
  }

  @Test
  @DisplayName("API-SLICE the web slice holds no datasource (web layer, services mocked)")
  void noDataSource() {
    Assertions.assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
  }
}
