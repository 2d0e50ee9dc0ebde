package io.computility.server.federation.center;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.computility.core.catalog.Dataset;
import io.computility.core.catalog.Image;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.InvalidInputException;
import io.computility.server.shared.web.WebLayerTest;
import io.computility.server.testsupport.CatalogFixtures;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

@DisplayName("JC-6.2 / 6.3 images and datasets resources (web layer, services mocked)")
class ImageDatasetControllerTest extends WebLayerTest {

  static final String IMAGE =
      """
      {"image_id":"img-1","name":"pytorch","ai_center_id":"c1",
       "base_os":{"base_os":"ubuntu22.04","cuda_version":"12.2"},
       "framework":"TensorFlow，PyTorch","resource_spec":"gpu-1,gpu-2"}
      """;

  static final String DATASET =
      """
      {"data_name":"mnist","data_version":"v1","size_mb":120,"created_user":"alice",
       "location":[{"dataset_url":"s3://c1/mnist","access":"r","ai_center_id":"c1",
         "download_state":0.99,"download_rate_limit":1000,"concurrency_limit":4,
         "current_downloads":1,"network_topology":"cn-east/sh/az1","download_cost":30}]}
      """;

  @Test
  @DisplayName(
      "JC-6.2 create image reads comma-separated framework and resource_spec (web layer, services mocked)")
  void createImage() throws Exception {
    when(catalog.saveImage(any(), eq(true))).thenAnswer(i -> i.getArgument(0));
    postJson("/api/v1/images", IMAGE)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.data.image_id").value("img-1"))
        .andExpect(jsonPath("$.data.ai_center_id").value("c1"))
        .andExpect(jsonPath("$.data.base_os.cuda_version").value("12.2"))
        .andExpect(jsonPath("$.data.framework[1]").value("PyTorch"))
        .andExpect(jsonPath("$.data.resource_spec[1]").value("gpu-2"));
    ArgumentCaptor<Image> saved = ArgumentCaptor.forClass(Image.class);
    verify(catalog).saveImage(saved.capture(), eq(true));
    assertThat(saved.getValue().framework()).containsExactly("TensorFlow", "PyTorch");
  }

  @Test
  @DisplayName(
      "JC-6.2 create image without ai_center_id answers 400 naming it (web layer, services mocked)")
  void imageMissingCenter() throws Exception {
    expectBadInput(
        postJson("/api/v1/images", IMAGE.replace("\"ai_center_id\":\"c1\",", "")), "ai_center_id");
    verifyNoInteractions(catalog);
  }

  @Test
  @DisplayName(
      "JC-6.2 create image for an unknown center answers 400 naming ai_center_id (web layer, services mocked)")
  void imageUnknownCenter() throws Exception {
    when(catalog.saveImage(any(), eq(true)))
        .thenThrow(new InvalidInputException("ai_center_id", "unknown center 'c1'"));
    expectBadInput(postJson("/api/v1/images", IMAGE), "ai_center_id");
  }

  @Test
  @DisplayName("JC-6.2 get unknown image answers 404 naming image_id (web layer, services mocked)")
  void imageUnknown() throws Exception {
    when(catalog.image("img-9")).thenReturn(Optional.empty());
    expectError(mvc.perform(get("/api/v1/images/img-9")), 404, "NOT_FOUND", "image_id");
  }

  @Test
  @DisplayName(
      "JC-6.3 get dataset writes JC table 6 fields with location and size_mb (web layer, services mocked)")
  void getDataset() throws Exception {
    when(catalog.dataset("mnist:v1")).thenReturn(Optional.of(CatalogFixtures.dataset()));
    mvc.perform(get("/api/v1/datasets/mnist:v1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.data_name").value("mnist"))
        .andExpect(jsonPath("$.data.data_version").value("v1"))
        .andExpect(jsonPath("$.data.size_mb").value(120))
        .andExpect(jsonPath("$.data.created_user").value("alice"))
        .andExpect(jsonPath("$.data.location[0].dataset_url").value("s3://c1/mnist"))
        .andExpect(jsonPath("$.data.location[0].access").value("r"))
        .andExpect(jsonPath("$.data.location[0].ai_center_id").value("c1"))
        .andExpect(jsonPath("$.data.location[0].download_state").value(0.99))
        .andExpect(jsonPath("$.data.location[0].download_rate_limit").value(1000.0))
        .andExpect(jsonPath("$.data.location[0].concurrency_limit").value(4))
        .andExpect(jsonPath("$.data.location[0].current_downloads").value(1))
        .andExpect(jsonPath("$.data.location[0].network_topology").value("cn-east/sh/az1"))
        .andExpect(jsonPath("$.data.location[0].download_cost").value(30.0));
  }

  @Test
  @DisplayName("JC-6.3 create dataset stores every location (web layer, services mocked)")
  void createDataset() throws Exception {
    when(catalog.saveDataset(any(), eq(true))).thenAnswer(i -> i.getArgument(0));
    postJson("/api/v1/datasets", DATASET).andExpect(status().isCreated());
    ArgumentCaptor<Dataset> saved = ArgumentCaptor.forClass(Dataset.class);
    verify(catalog).saveDataset(saved.capture(), eq(true));
    assertThat(saved.getValue().location().get(0).downloadRateLimitMbps()).isEqualTo(1000);
    assertThat(saved.getValue().sizeMb()).isEqualTo(120);
  }

  @Test
  @DisplayName(
      "JC-6.3 create dataset with access x answers 400 naming location[0].access (web layer, services mocked)")
  void datasetBadAccess() throws Exception {
    expectBadInput(
        postJson("/api/v1/datasets", DATASET.replace("\"access\":\"r\"", "\"access\":\"x\"")),
        "location[0].access");
    verifyNoInteractions(catalog);
  }

  @Test
  @DisplayName(
      "JC-6.3 create dataset with download_state 2 answers 400 naming it (web layer, services mocked)")
  void datasetBadState() throws Exception {
    expectBadInput(
        postJson("/api/v1/datasets", DATASET.replace("0.99", "2")), "location[0].download_state");
    verifyNoInteractions(catalog);
  }

  @Test
  @DisplayName(
      "JC-6.3 create dataset without size_mb or location answers 400 naming it (web layer, services mocked)")
  void datasetMissing() throws Exception {
    expectBadInput(
        postJson("/api/v1/datasets", DATASET.replace("\"size_mb\":120,", "")), "size_mb");
    expectBadInput(
        postJson(
            "/api/v1/datasets",
            "{\"data_name\":\"m\",\"data_version\":\"v\",\"size_mb\":1,\"location\":[]}"),
        "location");
    verifyNoInteractions(catalog);
  }

  @Test
  @DisplayName(
      "JC-6.3 creating an existing dataset version answers 409 (web layer, services mocked)")
  void datasetDuplicate() throws Exception {
    when(catalog.saveDataset(any(), eq(true)))
        .thenThrow(new ConflictException("data_version", "mnist:v1 exists"));
    expectError(postJson("/api/v1/datasets", DATASET), 409, "CONFLICT", "data_version");
  }

  @Test
  @DisplayName(
      "JC-6.3 update dataset whose body version differs from the path answers 400 (web layer, services mocked)")
  void datasetMismatch() throws Exception {
    expectBadInput(putJson("/api/v1/datasets/mnist:v2", DATASET), "data_version");
    verifyNoInteractions(catalog);
  }
}
