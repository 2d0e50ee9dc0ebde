package io.computility.adapter.slurm;

import io.computility.core.adapter.AdapterException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * One slurmrestd answer: HTTP status and body. slurmrestd reports most failures as HTTP 500 with an
 * {@code errors} list carrying Slurm error numbers, so the numbers decide what a failure means.
 */
record SlurmReply(int status, JsonNode body) {
  static final JsonMapper JSON = JsonMapper.builder().build();

  /** Slurm's ESLURM_INVALID_JOB_ID. */
  static final int INVALID_JOB_ID = 2017;

  static SlurmReply parse(int status, String text) {
    JsonNode body;
    try {
      body = text == null || text.isBlank() ? MissingNode.getInstance() : JSON.readTree(text);
    } catch (RuntimeException e) {
      body = MissingNode.getInstance();
    }
    return new SlurmReply(status, body);
  }

  List<Integer> errorNumbers() {
    List<Integer> n = new ArrayList<>();
    for (JsonNode e : body.path("errors")) n.add(e.path("error_number").asInt(-1));
    return n;
  }

  boolean ok() {
    return status < 300 && errorNumbers().isEmpty();
  }

  boolean hasError(int number) {
    return errorNumbers().contains(number);
  }

  /**
   * Failures worth a retry: 5xx without a Slurm error, Slurm's "unspecified" (-1, also what a
   * refused token gives), communication (1xxx), protocol/socket (5xxx) and authentication (6xxx).
   */
  boolean transientFailure() {
    if (ok()) return false;
    List<Integer> n = errorNumbers();
    if (n.isEmpty()) return status >= 500 || status == 401 || status == 403;
    return n.stream().allMatch(e -> e == -1 || (e >= 1000 && e < 2000) || e >= 5000 && e < 7000);
  }

  /** A refused or expired token: slurmrestd answers 401, or 500 with -1 / an auth error. */
  boolean authFailure() {
    if (status == 401 || status == 403) return true;
    return !ok() && errorNumbers().stream().anyMatch(e -> e == -1 || (e >= 6000 && e < 7000));
  }

  String describeErrors() {
    List<String> parts = new ArrayList<>();
    for (JsonNode e : body.path("errors")) {
      parts.add(
          e.path("error").asText("")
              + (e.path("description").asText("").isEmpty()
                  ? ""
                  : " (" + e.path("description").asText() + ")")
              + " #"
              + e.path("error_number").asInt(-1));
    }
    return parts.isEmpty() ? "HTTP " + status : String.join("; ", parts);
  }

  /** This reply, or an {@link AdapterException} naming what failed. */
  SlurmReply require(String what) {
    if (ok()) return this;
    throw new AdapterException(what + " failed: " + describeErrors(), transientFailure());
  }
}
