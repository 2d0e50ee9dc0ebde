package io.computility.server.shared.database;

import io.computility.server.shared.config.ComputilityProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: a real PostgreSQL run by the platform itself, its data directory under
 * {@code <dataDir>/postgres} so that state survives restarts. Used when no {@code
 * spring.datasource.url} is configured. Locked down on every start ({@link EmbeddedLockdown}): the
 * platform and Flyway connect with a generated password as role {@code computility}, which owns its
 * database and nothing else.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(
    "'${spring.datasource.url:}'.isEmpty() and ${computility.embedded-database:true}")
public class EmbeddedPostgresConfig {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(ComputilityProperties props) throws IOException {
    Path dir = props.dataDir().toAbsolutePath().resolve("postgres");
    Files.createDirectories(dir);
    StalePostmaster.stopIfRunning(dir);
    log.info("Starting embedded PostgreSQL in {}", dir);
    Optional<EmbeddedCredentials> known = EmbeddedCredentials.load(dir);
    EmbeddedPostgres.Builder b =
        EmbeddedPostgres.builder()
            .setDataDirectory(dir)
            .setCleanDataDirectory(false)
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("password_encryption", "scram-sha-256");
    known.ifPresent(c -> b.setConnectConfig("password", c.superPassword()));
    EmbeddedPostgres pg = b.start();
    try {
      // a fresh or older data directory still trusts local connections until this is done
      EmbeddedCredentials c = known.isPresent() ? known.get() : EmbeddedCredentials.create(dir);
      EmbeddedLockdown.apply(pg, c, dir);
      return pg;
    } catch (IOException | SQLException | RuntimeException e) {
      pg.close();
      throw new IOException("could not lock down the embedded PostgreSQL in " + dir, e);
    }
  }

  @Bean
  DataSource dataSource(EmbeddedPostgres pg, ComputilityProperties props) throws IOException {
    Path dir = props.dataDir().toAbsolutePath().resolve("postgres");
    EmbeddedCredentials c = EmbeddedCredentials.load(dir).orElseThrow();
    com.zaxxer.hikari.HikariDataSource ds = new com.zaxxer.hikari.HikariDataSource();
    ds.setJdbcUrl(
        "jdbc:postgresql://localhost:" + pg.getPort() + "/" + EmbeddedCredentials.DATABASE);
    ds.setUsername(EmbeddedCredentials.APP_ROLE);
    ds.setPassword(c.appPassword());
    ds.setMaximumPoolSize(16);
    ds.setPoolName("computility");
    return ds;
  }
}
