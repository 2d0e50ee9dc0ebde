package io.computility.core.resource;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The unified measure of accelerator compute (NET-6.5). Each card model is converted to
 * <em>standard cards</em>: the card's FP16 dense TFLOPS divided by those of the reference model, so
 * "8 × Ascend 910B" and "8 × A100" become comparable numbers.
 */
public final class CardCatalogue {

  private final Map<String, CardModel> models = new LinkedHashMap<>();
  private final CardModel reference;

  public CardCatalogue(Collection<CardModel> cards, String referenceModel) {
    for (CardModel c : cards) models.put(key(c.model()), c);
    this.reference =
        find(referenceModel)
            .orElseThrow(
                () ->
                    new IllegalArgumentException("reference card " + referenceModel + " unknown"));
  }

  /**
   * Public figures (vendor datasheets, dense FP16/BF16 tensor TFLOPS) of common accelerators in
   * Chinese intelligent-computing centers. The reference is the NVIDIA A100.
   */
  public static CardCatalogue defaults() {
    return new CardCatalogue(
        java.util.List.of(
            new CardModel("A100-80G", "NVIDIA", AcceleratorKind.GPU, 80, 312, 19.5, 400),
            new CardModel("A800-80G", "NVIDIA", AcceleratorKind.GPU, 80, 312, 19.5, 400),
            new CardModel("H100-80G", "NVIDIA", AcceleratorKind.GPU, 80, 989, 67, 700),
            new CardModel("H800-80G", "NVIDIA", AcceleratorKind.GPU, 80, 989, 67, 700),
            new CardModel("H20-96G", "NVIDIA", AcceleratorKind.GPU, 96, 148, 44, 400),
            new CardModel("L40S-48G", "NVIDIA", AcceleratorKind.GPU, 48, 362, 91.6, 350),
            new CardModel("V100-32G", "NVIDIA", AcceleratorKind.GPU, 32, 125, 15.7, 300),
            new CardModel("T4-16G", "NVIDIA", AcceleratorKind.GPU, 16, 65, 8.1, 70),
            new CardModel("Ascend910B", "Huawei", AcceleratorKind.NPU, 64, 320, 80, 400),
            new CardModel("Ascend910", "Huawei", AcceleratorKind.NPU, 32, 256, 64, 310),
            new CardModel("MLU370-X8", "Cambricon", AcceleratorKind.MLU, 48, 96, 24, 250),
            new CardModel("MLU590", "Cambricon", AcceleratorKind.MLU, 80, 314, 80, 350),
            new CardModel("DCU-Z100", "Hygon", AcceleratorKind.GPU, 32, 45, 10.8, 300),
            new CardModel("DCU-K100", "Hygon", AcceleratorKind.GPU, 64, 196, 49, 350)),
        "A100-80G");
  }

  public Optional<CardModel> find(String model) {
    return model == null ? Optional.empty() : Optional.ofNullable(models.get(key(model)));
  }

  public CardModel reference() {
    return reference;
  }

  public Collection<CardModel> all() {
    return models.values();
  }

  /** Standard cards delivered by {@code count} cards of {@code model}. */
  public double standardCards(String model, long count) {
    CardModel m =
        find(model).orElseThrow(() -> new IllegalArgumentException("unknown card " + model));
    return count * m.fp16Tflops() / reference.fp16Tflops();
  }

  private static String key(String model) {
    return model.toLowerCase(Locale.ROOT);
  }
}
