package io.computility.core.resource;

/**
 * One accelerator model in the unified-measure catalogue (NET-6.5): what a card of this model
 * delivers, so that centers with different vendors compare in one unit.
 *
 * @param kind which JC table 2 column the card counts in (gpu, npu or mlu)
 */
public record CardModel(
    String model,
    String vendor,
    AcceleratorKind kind,
    int memoryGb,
    double fp16Tflops,
    double fp32Tflops,
    int tdpWatts) {

  public CardModel {
    if (model == null || model.isBlank()) throw new IllegalArgumentException("model is required");
    if (fp16Tflops <= 0 || fp32Tflops <= 0 || tdpWatts <= 0 || memoryGb <= 0) {
      throw new IllegalArgumentException("card " + model + ": figures must be positive");
    }
  }

  /** FP16 throughput per watt, the efficiency the energy strategy prefers. */
  public double fp16TflopsPerWatt() {
    return fp16Tflops / tdpWatts;
  }
}
