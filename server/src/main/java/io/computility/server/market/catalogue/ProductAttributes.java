package io.computility.server.market.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The model plaza's labels of a product (seed 003 模型广场: task scene, training framework, chip type,
 * data volume, tags); empty for the other types.
 *
 * @param tags free labels ("text generation", "chat")
 * @param task the task scene ("text-generation")
 * @param framework the training framework ("PyTorch")
 * @param chipTypes the chips it runs on, from {@link #CHIPS}
 * @param modelVersion the model's version
 * @param dataVolume the data volume it was trained on ("2T tokens")
 */
public record ProductAttributes(
    @JsonProperty("tags") List<String> tags,
    @JsonProperty("task") String task,
    @JsonProperty("framework") String framework,
    @JsonProperty("chip_types") List<String> chipTypes,
    @JsonProperty("model_version") String modelVersion,
    @JsonProperty("data_volume") String dataVolume) {

  /** The chip types a model may name (seed 003: AMD, NVIDIA, DCU, CA100 …). */
  public static final List<String> CHIPS =
      List.of("NVIDIA", "AMD", "DCU", "Ascend", "CA100", "Kunlunxin", "Cambricon", "CPU");

  public static final ProductAttributes NONE =
      new ProductAttributes(List.of(), "", "", List.of(), "", "");
}
