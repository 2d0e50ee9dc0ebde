package io.computility.server.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ErrorReasonsTest {

  private static ErrorDetail refusal(int status, Runnable r) {
    try {
      r.run();
    } catch (ApiException e) {
      return e.detail(status);
    }
    throw new AssertionError("no refusal");
  }

  private static ErrorDetail of400(Supplier<?> s) {
    return refusal(400, s::get);
  }

  @Test
  @DisplayName("CMP-security Check's refusals carry the reason and params the console translates")
  void checkReasons() {
    assertThat(of400(() -> Check.positive(0, "tasks[0].replicaNumber")))
        .isEqualTo(
            new ErrorDetail("TOO_SMALL", "tasks[0].replicaNumber", Map.of("min", 1, "value", 0)));
    assertThat(of400(() -> Check.required(" ", "name")))
        .isEqualTo(new ErrorDetail("REQUIRED", "name", Map.of()));
    assertThat(of400(() -> Check.text("abcd", "name", 3)))
        .isEqualTo(new ErrorDetail("TOO_LONG", "name", Map.of("max", 3)));
    assertThat(of400(() -> Check.pageSize(500, 200)))
        .isEqualTo(new ErrorDetail("TOO_LARGE", "size", Map.of("max", 200, "value", 500)));
    assertThat(of400(() -> Check.between(1.5, 0, 1, "weight")))
        .isEqualTo(new ErrorDetail("TOO_LARGE", "weight", Map.of("max", 1L, "value", 1.5)));
    assertThat(of400(() -> Check.samePathId("a", "b", "id")).reason()).isEqualTo("NOT_ONE_OF");
  }

  @Test
  @DisplayName(
      "CMP-security a refusal raised with a message only gets its reason from the message's shape")
  void inferred() {
    assertThat(Reasons.detail(400, "f", "f: is required").reason()).isEqualTo("REQUIRED");
    assertThat(Reasons.detail(400, "memoryMb", "memoryMb: must be >= 1"))
        .isEqualTo(new ErrorDetail("TOO_SMALL", "memoryMb", Map.of("min", 1L)));
    assertThat(Reasons.detail(400, "level", "level: must be one of TRACE, DEBUG, INFO"))
        .isEqualTo(
            new ErrorDetail(
                "NOT_ONE_OF", "level", Map.of("allowed", List.of("TRACE", "DEBUG", "INFO"))));
    assertThat(Reasons.detail(400, "x", "x: makes no sense").reason()).isEqualTo("INVALID");
    assertThat(Reasons.detail(409, "id", "'j1' already exists").reason()).isEqualTo("DUPLICATE");
    assertThat(Reasons.detail(404, "id", "no job").reason()).isEqualTo("NOT_FOUND");
    assertThat(Reasons.detail(429, null, "slow down").reason()).isEqualTo("RATE_LIMITED");
  }

  @Test
  @DisplayName("CMP-security error envelopes always carry error data; success envelopes none")
  void envelope() {
    assertThat(Envelope.ok("x").error()).isNull();
    assertThat(Envelope.error(503, "DATABASE_BUSY", "busy").error().reason())
        .isEqualTo("UNAVAILABLE");
    assertThat(
            refusal(
                    409,
                    () -> {
                      throw ConflictException.selfAction("userId", "no");
                    })
                .reason())
        .isEqualTo("SELF_ACTION");
    assertThat(
            refusal(
                400,
                () -> {
                  throw InvalidInputException.unknownReference("imageId", "image", "x");
                }))
        .isEqualTo(
            new ErrorDetail("UNKNOWN_REFERENCE", "imageId", Map.of("kind", "image", "value", "x")));
  }
}
