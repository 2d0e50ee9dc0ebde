package io.computility.server.shared.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The error as data, next to the envelope's errorMsg: a stable reason, the JSON path of the
 * offending field (absent when no field is to blame, e.g. a refused login) and the reason's
 * parameters (docs/api.md).
 */
@Schema(description = "why the request was refused, as data the console translates")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorDetail(
    @Schema(description = "stable reason, e.g. TOO_SMALL (docs/api.md)", example = "TOO_SMALL")
        String reason,
    @Schema(description = "JSON path of the offending field", example = "tasks[0].replicaNumber")
        String field,
    @Schema(description = "the reason's parameters, e.g. {\"min\":1,\"value\":0}")
        Map<String, Object> params) {

  public ErrorDetail {
    params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  public static ErrorDetail of(ErrorReason reason, String field, Object... keysAndValues) {
    return new ErrorDetail(reason.name(), blankToNull(field), params(keysAndValues));
  }

  /** Parameters from alternating keys and values; null values are left out. */
  public static Map<String, Object> params(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  private static String blankToNull(String field) {
    return field == null || field.isBlank() ? null : field;
  }
}
