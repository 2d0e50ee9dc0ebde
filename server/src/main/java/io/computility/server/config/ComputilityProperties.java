package io.computility.server.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of the server process, under {@code computility.*}.
 *
 * @param dataDir where the platform keeps its state: the embedded PostgreSQL, sim journals, the
 *     editable topology file
 * @param role which roles this process plays: federation, center or both
 * @param embeddedDatabase run the embedded PostgreSQL (ignored when spring.datasource.url is set)
 * @param topology centers file (YAML); empty means {@code <dataDir>/topology.yaml}, created from
 *     the demo topology on first start
 * @param scheduler scheduling loop settings
 * @param monitor center monitoring settings
 * @param monitoring alerts, collected logs and statistics reports (docs/monitoring.md)
 */
@ConfigurationProperties("computility")
public record ComputilityProperties(
    @DefaultValue(".computility") Path dataDir,
    @DefaultValue("both") String role,
    @DefaultValue("true") boolean embeddedDatabase,
    Path topology,
    @DefaultValue Scheduler scheduler,
    @DefaultValue Monitor monitor,
    @DefaultValue Monitoring monitoring) {

  /**
   * @param cycle longest pause between two scheduling cycles when nothing signals new work
   * @param batchSize most queued jobs taken in one cycle
   * @param explainTop best candidates kept per replica in the stored score cards
   * @param defaultPolicy policy used when a job names none
   * @param dispatchThreads threads that call adapters to start replicas
   */
  public record Scheduler(
      @DefaultValue("500ms") Duration cycle,
      @DefaultValue("512") int batchSize,
      @DefaultValue("5") int explainTop,
      @DefaultValue("default") String defaultPolicy,
      @DefaultValue("8") int dispatchThreads) {}

  /**
   * @param interval how often every center's snapshot is polled (JC-6.1.3)
   * @param historyEvery how often a snapshot is also stored in the monitoring history
   * @param reconcileEvery how often replica states are re-read from centers (events may be lost)
   * @param centerLostAfter how long a center may stay unreachable before its replicas are failed
   *     and retried elsewhere
   * @param topologyCheck how often the topology file is re-read so centers can join and leave
   */
  public record Monitor(
      @DefaultValue("2s") Duration interval,
      @DefaultValue("30s") Duration historyEvery,
      @DefaultValue("10s") Duration reconcileEvery,
      @DefaultValue("20s") Duration centerLostAfter,
      @DefaultValue("5s") Duration topologyCheck) {}

  /**
   * @param evaluateEvery how often threshold rules are re-checked against the clock, so a breach
   *     fires when its hold duration passes even if no new sample arrives
   * @param sampleRetention how long metric samples and health events are kept
   * @param logRetention how long collected log lines are kept
   * @param alertRetention how long resolved alerts and their notifications are kept
   * @param retentionCheck how often data past its retention is deleted
   * @param platformLogLevel lowest level of the server's own log lines that are collected
   * @param platformLogFlush how often collected server log lines are written to the database
   * @param mailFrom sender address of alert e-mails (the SMTP server is spring.mail.*)
   * @param exportLimit most rows one CSV or text export returns
   */
  public record Monitoring(
      @DefaultValue("5s") Duration evaluateEvery,
      @DefaultValue("30d") Duration sampleRetention,
      @DefaultValue("14d") Duration logRetention,
      @DefaultValue("90d") Duration alertRetention,
      @DefaultValue("1h") Duration retentionCheck,
      @DefaultValue("WARN") String platformLogLevel,
      @DefaultValue("2s") Duration platformLogFlush,
      @DefaultValue("computility@localhost") String mailFrom,
      @DefaultValue("100000") int exportLimit) {}

  public Path topologyFile() {
    return topology != null ? topology : dataDir.resolve("topology.yaml");
  }
}
