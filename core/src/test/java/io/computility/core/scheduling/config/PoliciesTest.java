package io.computility.core.scheduling.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.computility.core.data.MigrationSourceSelector;
import io.computility.core.data.RateLimitEvaluator;
import io.computility.core.resource.CardCatalogue;
import io.computility.core.scheduling.InvalidPolicyException;
import io.computility.core.scheduling.SchedulingPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PoliciesTest {

  private final SchedulingComponents components =
      SchedulingComponents.defaults(CardCatalogue.defaults());

  private static void failsOn(String field, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidPolicyException.class)
        .extracting(e -> ((InvalidPolicyException) e).field())
        .isEqualTo(field);
  }

  @Test
  @DisplayName("JC-6.6.2 JC-5f the registry holds the twelve strategies, filters run cheap-first")
  void registry() {
    assertThat(components.registry().ids())
        .containsExactly(
            "least-load",
            "spec-free",
            "data-affinity",
            "lowest-price",
            "lowest-energy",
            "highest-performance",
            "highest-security",
            "load-fairness",
            "manual",
            "fcfs",
            "network-aware",
            "qos-aware");
    assertThat(components.filterChain())
        .extracting(f -> f.id())
        .containsExactly(
            "center-available",
            "security-grade",
            "pinned-centers",
            "spec-offered",
            "spec-capacity",
            "spec-free",
            "image-available",
            "qos-bounds");
  }

  @Test
  @DisplayName("NET-7.3b CMP-plan built-in policies: default plus named presets, all valid")
  void presets() {
    assertThat(components.policies().keySet())
        .contains("default", "cost-first", "performance-first", "green", "balanced");
    assertThat(components.policy(null).name()).isEqualTo("default");
    assertThat(components.defaultPolicy().weights()).hasSizeGreaterThanOrEqualTo(5);
    assertThat(components.policy("green").weights().get("lowest-energy")).isEqualTo(6.0);
  }

  @Test
  @DisplayName("NET-7.3b policy validation names the offending field")
  void validationErrors() {
    failsOn("name", () -> new SchedulingPolicy(" ", "", Map.of("least-load", 1.0)));
    failsOn("weights", () -> new SchedulingPolicy("p", "", Map.of()));
    failsOn("weights.least-load", () -> new SchedulingPolicy("p", "", Map.of("least-load", -1.0)));
    failsOn("weights.fcfs", () -> new SchedulingPolicy("p", "", Map.of("fcfs", Double.NaN)));
    failsOn("weights", () -> new SchedulingPolicy("p", "", Map.of("fcfs", 0.0)));
    Map<String, Double> nulls = new LinkedHashMap<>();
    nulls.put("manual", null);
    failsOn("weights.manual", () -> new SchedulingPolicy("p", "", nulls));
    SchedulingPolicy unknown = new SchedulingPolicy("p", "", Map.of("cheapest", 1.0));
    failsOn("weights.cheapest", () -> components.validate(unknown));
    failsOn(
        "weights.cheapest",
        () ->
            SchedulingComponents.create(
                CardCatalogue.defaults(), MigrationSourceSelector.defaults(), List.of(unknown), 0));
    failsOn("policy", () -> components.policy("nope"));
    failsOn("algorithmId", () -> components.registry().get("nope"));
  }

  @Test
  @DisplayName("JC-6.3.2 migration weights are validated by evaluator id")
  void migrationWeights() {
    List<io.computility.core.data.SourceEvaluator> one = List.of(new RateLimitEvaluator());
    failsOn("migrationWeights.speed", () -> new MigrationSourceSelector(one, Map.of("speed", 1.0)));
    failsOn(
        "migrationWeights.rate-limit",
        () -> new MigrationSourceSelector(one, Map.of("rate-limit", -2.0)));
    failsOn("migrationWeights", () -> new MigrationSourceSelector(one, Map.of("rate-limit", 0.0)));
  }

  @Test
  @DisplayName("NET-7.3b operator policies are added by name and used by the pipeline")
  void operatorPolicy() {
    SchedulingPolicy mine = new SchedulingPolicy("mine", "", Map.of("highest-security", 1.0));
    SchedulingComponents c =
        SchedulingComponents.create(
            CardCatalogue.defaults(), MigrationSourceSelector.defaults(), List.of(mine), 0);
    assertThat(c.policy("mine")).isSameAs(mine);
  }
}
