package io.computility.server.shared.config;

import io.computility.core.adapter.Backoff;
import java.net.URI;
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
 * @param tier this instance's place among tiers (NET-5): its name and its parent
 * @param adapters how calls to remote centers are timed out and retried
 * @param pool accelerator pool controller settings (center role, POOL)
 * @param monitoring alerts, collected logs and statistics reports (docs/monitoring.md)
 * @param security authentication, password policy and the bootstrap admin
 */
@ConfigurationProperties("computility")
public record ComputilityProperties(
    @DefaultValue(".computility") Path dataDir,
    @DefaultValue("both") String role,
    @DefaultValue("true") boolean embeddedDatabase,
    Path topology,
    @DefaultValue Scheduler scheduler,
    @DefaultValue Monitor monitor,
    @DefaultValue Tier tier,
    @DefaultValue Adapters adapters,
    @DefaultValue Pool pool,
    @DefaultValue Monitoring monitoring,
    @DefaultValue Security security) {

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

  /**
   * @param name this tier's name, shown to the parent tier in {@code /api/v1/tier/summary}
   * @param region this tier's region, as the parent sees it
   * @param parentUrl base URL of the parent tier's server; empty: this is the top tier and jobs
   *     never escalate
   * @param parentToken bearer token sent to the parent tier; empty sends none
   * @param parentId the center id the parent tier has in this tier's registry
   */
  public record Tier(
      @DefaultValue("computility") String name,
      @DefaultValue("local") String region,
      URI parentUrl,
      String parentToken,
      @DefaultValue("parent-tier") String parentId) {}

  /**
   * @param callTimeout longest wait for one answer of a remote center (peer tier, Slurm REST ...)
   * @param retryAttempts calls in all for one adapter operation that fails transiently (timeout,
   *     5xx, expired credentials); then the center is reported unavailable
   * @param retryInitial wait after the first transient failure; doubled after each one
   * @param retryMax longest wait between two attempts
   * @param pollInterval how often a remote adapter re-reads unfinished replicas to emit events
   */
  public record Adapters(
      @DefaultValue("5s") Duration callTimeout,
      @DefaultValue("3") int retryAttempts,
      @DefaultValue("200ms") Duration retryInitial,
      @DefaultValue("2s") Duration retryMax,
      @DefaultValue("1s") Duration pollInterval) {

    /** The retry policy these settings describe. */
    public Backoff backoff() {
      return new Backoff(retryAttempts, retryInitial, retryMax);
    }
  }

  /**
   * @param heartbeat how often agents report to the controller (told to them at each reply)
   * @param agentLostAfter how long a node may stay silent before it shows as offline
   * @param tick how often the controller checks timeouts, drains removed nodes and retries the
   *     queue
   * @param samplesEvery how often a node's and its cards' utilisation go to monitoring (from the
   *     next heartbeat once this has passed)
   * @param checkpointDir where hot-migration archives wait between source and target agent; empty
   *     means {@code $TMPDIR/computility-checkpoints}
   */
  public record Pool(
      @DefaultValue("2s") Duration heartbeat,
      @DefaultValue("15s") Duration agentLostAfter,
      @DefaultValue("1s") Duration tick,
      @DefaultValue("10s") Duration samplesEvery,
      Path checkpointDir) {}

  /**
   * @param adminUsername login name of the platform admin created at first start
   * @param adminPassword its initial password ({@code COMPUTILITY_ADMIN_PASSWORD}); empty means a
   *     random one, printed once at first start
   * @param agentToken a machine token ({@code COMPUTILITY_AGENT_TOKEN}, {@code cty_…}, at least 24
   *     characters) for the built-in user {@code agent} with role platform-agent, so node agents
   *     and peer tiers can be configured before first start; empty creates none
   * @param sessionTtl how long a token issued by a password login stays valid
   * @param apiTokenTtl longest validity of a personal API token; zero means no expiry
   * @param password password policy
   * @param oidc single sign-on against an external OpenID Connect provider
   * @param audit the audit ledger's digest and its signed anchors (docs/security.md)
   */
  public record Security(
      @DefaultValue("admin") String adminUsername,
      @DefaultValue("") String adminPassword,
      @DefaultValue("") String agentToken,
      @DefaultValue("12h") Duration sessionTtl,
      @DefaultValue("0s") Duration apiTokenTtl,
      @DefaultValue Password password,
      @DefaultValue Oidc oidc,
      @DefaultValue Audit audit) {}

  /**
   * @param hashAlgorithm digest of new audit rows: SM3 or SHA-256 (older rows keep theirs)
   * @param anchorEvery how often the chain's head is signed and recorded, when it moved
   * @param anchorFile append-only anchor file outside the database; empty means {@code
   *     <dataDir>/audit/anchors.log}
   * @param anchorKey the SM2 signing key, created on first start; empty means {@code
   *     <dataDir>/audit/anchor-sm2.key}
   */
  public record Audit(
      @DefaultValue("SM3") String hashAlgorithm,
      @DefaultValue("5s") Duration anchorEvery,
      Path anchorFile,
      Path anchorKey) {}

  /**
   * @param minLength fewest characters
   * @param minClasses fewest character classes of lower case, upper case, digits and symbols
   * @param maxAge how long a password is valid before it must be changed; zero means forever
   * @param maxFailures failed logins of one account from one client before its attempts must wait
   * @param lockDuration the longest such wait (waits double from the first delay up to this)
   * @param singleSession a new login ends the user's other login sessions
   */
  public record Password(
      @DefaultValue("8") int minLength,
      @DefaultValue("3") int minClasses,
      @DefaultValue("90d") Duration maxAge,
      @DefaultValue("5") int maxFailures,
      @DefaultValue("15m") Duration lockDuration,
      @DefaultValue("false") boolean singleSession) {}

  /**
   * @param issuerUri the provider's issuer; empty disables OIDC login
   * @param clientId this platform's client id at the provider
   * @param clientSecret its client secret
   * @param usernameClaim the ID-token claim matched against usernames
   * @param provisioning just-in-time creation of users the provider knows and the platform not
   */
  public record Oidc(
      @DefaultValue("") String issuerUri,
      @DefaultValue("") String clientId,
      @DefaultValue("") String clientSecret,
      @DefaultValue("preferred_username") String usernameClaim,
      @DefaultValue Provisioning provisioning) {
    public boolean enabled() {
      return !issuerUri.isBlank();
    }
  }

  /**
   * @param enabled create a user at the first OIDC login of an unknown subject; off: refuse it
   * @param tenant the tenant new users join
   * @param organisation the organisation new users join; empty means the tenant's root
   * @param defaultRole role id every new user gets
   * @param emailClaim ID-token claim holding the e-mail address
   * @param displayNameClaim ID-token claim holding the display name
   * @param groupsClaim ID-token claim holding the user's groups (a list or a comma-separated text)
   * @param groupRoles group name to role ids granted in addition to the default role
   */
  public record Provisioning(
      @DefaultValue("false") boolean enabled,
      @DefaultValue("platform") String tenant,
      @DefaultValue("") String organisation,
      @DefaultValue("tenant-user") String defaultRole,
      @DefaultValue("email") String emailClaim,
      @DefaultValue("name") String displayNameClaim,
      @DefaultValue("groups") String groupsClaim,
      java.util.Map<String, java.util.List<String>> groupRoles) {
    public java.util.Map<String, java.util.List<String>> groupRoles() {
      return groupRoles == null ? java.util.Map.of() : groupRoles;
    }
  }

  public Path topologyFile() {
    return topology != null ? topology : dataDir.resolve("topology.yaml");
  }
}
