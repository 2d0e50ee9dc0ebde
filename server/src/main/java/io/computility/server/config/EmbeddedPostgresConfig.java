package io.computility.server.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: a real PostgreSQL run by the platform itself, its data directory under
 * {@code <dataDir>/postgres} so that state survives restarts. Used when no {@code
 * spring.datasource.url} is configured.
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
    return EmbeddedPostgres.builder()
        .setDataDirectory(dir)
        .setCleanDataDirectory(false)
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .start();
  }

  @Bean
  DataSource dataSource(EmbeddedPostgres pg) {
    com.zaxxer.hikari.HikariDataSource ds = new com.zaxxer.hikari.HikariDataSource();
    ds.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
    ds.setMaximumPoolSize(16);
    ds.setPoolName("computility");
    return ds;
  }
}
