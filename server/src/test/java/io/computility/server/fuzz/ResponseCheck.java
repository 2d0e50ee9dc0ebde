package io.computility.server.fuzz;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks one answer against the OpenAPI document with swagger-request-validator. The document lists
 * only the success status of each operation, so: a 2xx body must match the documented 2xx schema;
 * any other status must be documented or one of the standard client errors, with the error envelope
 * ({@code status}, {@code code}, {@code errorMsg}, optionally {@code error}) as its body.
 */
final class ResponseCheck {
  static final Set<Integer> STANDARD_4XX =
      Set.of(400, 401, 403, 404, 405, 406, 409, 410, 413, 415, 422, 429);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final OpenApiInteractionValidator validator;
  private final JsonNode paths;

  ResponseCheck(String document) {
    // the validator logs each body it cannot check (text/csv) at INFO: thousands of lines a run
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.atlassian.oai"))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    this.paths = JSON.readTree(document).path("paths");
    this.validator =
        OpenApiInteractionValidator.createForInlineApiSpecification(asOpenApi30(document))
            .withLevelResolver(
                LevelResolver.create()
                    .withDefaultLevel(ValidationReport.Level.ERROR)
                    // request-side checks: the fuzzer sends invalid requests on purpose
                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                    .build())
            .build();
  }

  /**
   * The validator silently skips schema checks of OpenAPI 3.1 documents; springdoc writes 3.1 but
   * uses none of its additions (type arrays, const, ...), so the same document read as 3.0 is the
   * same contract, and one that does use them is refused rather than checked loosely.
   */
  static String asOpenApi30(String document) {
    if (document.matches("(?s).*\"(type\"\\s*:\\s*\\[|const\"|prefixItems\"|\\$defs\").*")) {
      throw new IllegalStateException("the document uses OpenAPI 3.1 schemas the validator skips");
    }
    return document.replaceFirst("\"openapi\"\\s*:\\s*\"3\\.1\\.\\d+\"", "\"openapi\":\"3.0.3\"");
  }

  /** The documented statuses of an operation. */
  Set<String> documented(ApiOperation op) {
    JsonNode responses = paths.path(op.path()).path(op.method().toLowerCase()).path("responses");
    return responses.propertyNames().stream().collect(Collectors.toSet());
  }

  /** The schema violations of a 2xx answer, validated as the documented 2xx; empty when none. */
  Optional<String> offSchema(ApiOperation op, int status, String contentType, String body) {
    String as =
        documented(op).stream().filter(s -> s.startsWith("2")).sorted().findFirst().orElse(null);
    if (as == null) return Optional.of("no 2xx documented");
    SimpleResponse.Builder r = SimpleResponse.Builder.status(Integer.parseInt(as)).withBody(body);
    if (contentType != null) r.withContentType(contentType);
    ValidationReport report =
        validator.validateResponse(op.path(), Request.Method.valueOf(op.method()), r.build());
    if (!report.hasErrors()) return Optional.empty();
    return Optional.of(
        report.getMessages().stream()
            .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
            .map(m -> m.getKey() + ": " + m.getMessage())
            .collect(Collectors.joining("; ")));
  }

  /** What is wrong with the error envelope of a non-2xx JSON answer; empty when it has it. */
  static Optional<String> envelopeProblem(int status, String contentType, String body) {
    if (contentType == null || !contentType.contains("json")) {
      return Optional.of("error answer is " + contentType + ", not the JSON envelope");
    }
    JsonNode n;
    try {
      n = JSON.readTree(body);
    } catch (RuntimeException e) {
      return Optional.of("error answer is not JSON");
    }
    if (n.path("status").asInt(-1) != status) return Optional.of("envelope status != " + status);
    if (!n.path("code").isString()) return Optional.of("envelope has no code");
    if (!n.path("errorMsg").isString()) return Optional.of("envelope has no errorMsg");
    // ISSUE-15: the error as data (docs/api.md); optional, but well-formed when present
    JsonNode e = n.path("error");
    if (!e.isMissingNode()) {
      if (!e.path("reason").isString()) return Optional.of("envelope error has no reason");
      if (e.has("field") && !e.path("field").isString()) {
        return Optional.of("envelope error field is not a string");
      }
      if (e.has("params") && !e.path("params").isObject()) {
        return Optional.of("envelope error params is not an object");
      }
    }
    return Optional.empty();
  }
}
