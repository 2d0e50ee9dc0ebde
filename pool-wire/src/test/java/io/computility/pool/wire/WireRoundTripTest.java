package io.computility.pool.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each message, as the controller and the agent have always written it, reads into its record and
 * writes back as the same JSON: the field names are the protocol.
 */
class WireRoundTripTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String CONFIG =
      """
      {"generation":3,"heartbeatMs":2000,"logLevel":"DEBUG","labels":{"zone":"a"}}""";
  private static final String DEVICE =
      """
      {"index":0,"uuid":"card-0","vendor":"NVIDIA","model":"A100","memoryMb":40960,"healthy":true}""";
  private static final String GRANT =
      """
      {"computePercent":40,"memoryMb":4096,"devices":[{"index":0,"uuid":"card-0"}]}""";
  private static final String COMMAND =
      """
      {"type":"start","taskId":"pt-1","command":["sh","-c","true"],"env":{"A":"1"},"grant":%s}"""
          .formatted(GRANT);
  private static final String UPGRADE =
      """
      {"version":"0.2.0","distribution":"/opt/agent-0.2.0"}""";

  static Stream<Arguments> agentMessages() {
    return Stream.of(
        Arguments.of(AgentProtocol.AgentDevice.class, DEVICE),
        Arguments.of(
            AgentProtocol.Register.class,
            """
            {"node":"n1","agentId":"a-1","version":"0.1.0","backend":"accounting","devices":[%s],
             "adopted":["pt-0"],"remoteEndpoint":"http://n1:7070"}"""
                .formatted(DEVICE)),
        Arguments.of(
            AgentProtocol.Heartbeat.class,
            """
            {"agentId":"a-1","devices":[%s],"tasks":[{"taskId":"pt-1","state":"running",
             "exitCode":null,"memoryUsedMb":100,"computeUsedPercent":30,"grantPercent":40,
             "grantMemoryMb":4096}],"config":%s,"remoteEndpoint":null,"checkpointer":"criu 4.1.1"}"""
                .formatted(DEVICE, CONFIG)),
        Arguments.of(
            AgentProtocol.HeartbeatReply.class,
            """
            {"heartbeatMs":2000,"reregister":false,"removed":false,"commands":[%s],"config":%s,
             "upgrade":%s}"""
                .formatted(COMMAND, CONFIG, UPGRADE)),
        Arguments.of(AgentProtocol.Command.class, COMMAND),
        Arguments.of(AgentProtocol.AgentUpgrade.class, UPGRADE),
        Arguments.of(
            AgentProtocol.LogBatch.class,
            """
            {"lines":[{"taskId":"pt-1","at":"2025-01-02T03:04:05.123Z","line":"hello"}]}"""),
        Arguments.of(AgentProtocol.CheckpointFailure.class, "{\"message\":\"criu failed\"}"),
        Arguments.of(NodeConfig.class, CONFIG));
  }

  static Stream<Arguments> restShapes() {
    return Stream.of(
        Arguments.of(
            PoolApi.SubmitTask.class,
            """
            {"tenant":"t","name":"train","computePercent":50,"memoryMb":1024,"count":2,
             "physical":false,"spec":null,"policy":"binpack","node":null,"model":null,"card":null,
             "affinity":null,"gang":true,"localNode":null,"group":null,"priority":1,
             "command":["sh","-c","true"],"env":{"A":"1"},"idleTimeoutMs":null,
             "runTimeoutMs":60000,"clientKey":"job-1/0/0/1","remote":false,"runOn":null}"""),
        Arguments.of(
            PoolApi.TaskView.class,
            """
            {"id":"pt-1","tenant":"t","name":"train","state":"RUNNING","reason":null,"priority":0,
             "computePercent":50,"memoryMb":1024,"count":1,"physical":false,"spec":null,
             "policy":"binpack","slots":[{"node":"n1","card":"card-0","index":0,
             "computePercent":50,"memoryMb":1024}],"parts":{"n1":"running"},"exitCode":null,
             "memoryUsedMb":10,"computeUsedPercent":20,"submittedAt":"2025-01-02T03:04:05Z",
             "startedAt":"2025-01-02T03:04:06Z","endedAt":null,"clientKey":null,
             "remote":{"runOn":"cpu-1","cardNodes":["n1"],"endpoint":"http://n1:7070"},
             "reasonCode":null,"reasonParams":null}"""),
        Arguments.of(
            PoolApi.TaskView.class,
            """
            {"id":"pt-2","tenant":"t","name":"wait","state":"QUEUED",
             "reason":"no free room for 1 x 50% / 1024 MB","priority":0,
             "computePercent":50,"memoryMb":1024,"count":1,"physical":false,"spec":null,
             "policy":"binpack","slots":[],"parts":{},"exitCode":null,
             "memoryUsedMb":0,"computeUsedPercent":0,"submittedAt":"2025-01-02T03:04:05Z",
             "startedAt":null,"endedAt":null,"clientKey":null,"remote":null,
             "reasonCode":"pool.reason.NO_FIT",
             "reasonParams":{"count":1,"computePercent":50,"memoryMb":1024,"physical":false}}"""),
        Arguments.of(
            PoolApi.NodeView.class,
            """
            {"name":"n1","enabled":true,"online":true,"removing":false,"version":"0.1.0",
             "backend":"accounting","lastSeen":"2025-01-02T03:04:05Z","devices":[{"uuid":"card-0",
             "node":"n1","index":0,"vendor":"NVIDIA","model":"A100","memoryMb":40960,
             "mode":"virtual","enabled":true,"overSubscription":1.5,"usedPercent":50,
             "usedMemoryMb":1024,"tasks":["pt-1"],"status":"used"}],"config":%s,"applied":%s,
             "configApplied":true,"upgrade":%s,"upgradePending":false}"""
                .formatted(CONFIG, CONFIG, UPGRADE)),
        Arguments.of(
            PoolApi.ConfigPush.class,
            """
            {"nodes":["n1"],"heartbeatMs":1000,"logLevel":"INFO","labels":{"rack":"r1"}}"""),
        Arguments.of(PoolApi.Resize.class, "{\"computePercent\":30,\"memoryMb\":512}"),
        Arguments.of(PoolApi.NodePatch.class, "{\"enabled\":false}"),
        Arguments.of(
            PoolApi.DevicePatch.class,
            "{\"enabled\":true,\"mode\":\"physical\",\"overSubscription\":2.0}"),
        Arguments.of(PoolApi.Quota.class, "{\"computePercent\":200,\"memoryMb\":8192}"),
        Arguments.of(PoolApi.Spec.class, "{\"computePercent\":25,\"memoryMb\":2048}"),
        Arguments.of(PoolApi.PolicyView.class, "{\"policy\":\"spread\"}"),
        Arguments.of(PoolApi.Group.class, "{\"cards\":[\"card-0\"],\"tenants\":[\"t\"]}"),
        Arguments.of(
            PoolApi.LogLine.class,
            """
            {"taskId":"pt-1","node":"n1","at":"2025-01-02T03:04:05Z","line":"hello"}"""),
        Arguments.of(
            PoolApi.UpgradePush.class,
            "{\"nodes\":null,\"version\":\"0.2.0\",\"distribution\":\"/opt/a\"}"),
        Arguments.of(PoolApi.Migrate.class, "{\"targetNode\":\"n2\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("agentMessages")
  @DisplayName("POOL-8.1 each agent protocol message reads and writes with the same field names")
  void agentProtocol(Class<?> type, String json) {
    assertRoundTrip(type, json);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("restShapes")
  @DisplayName("POOL-A each pool REST shape reads and writes with the same field names")
  void restApi(Class<?> type, String json) {
    assertRoundTrip(type, json);
  }

  @Test
  @DisplayName("POOL-T12.20 a push replaces only the fields it names and raises the generation")
  void configMerge() {
    NodeConfig merged =
        JSON.readValue(CONFIG, NodeConfig.class)
            .merge(new PoolApi.ConfigPush(null, null, "WARN", null));
    assertThat(merged).isEqualTo(new NodeConfig(4, 2000L, "WARN", java.util.Map.of("zone", "a")));
    assertThat(JSON.readValue("{\"generation\":1}", NodeConfig.class).labels()).isEmpty();
  }

  private static void assertRoundTrip(Class<?> type, String json) {
    JsonNode sent = JSON.readTree(json);
    Object message = JSON.treeToValue(sent, type);
    JsonNode written = JSON.readTree(JSON.writeValueAsString(message));
    assertThat(written).as(type.getSimpleName()).isEqualTo(sent);
  }
}
