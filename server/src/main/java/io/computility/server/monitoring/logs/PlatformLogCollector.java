package io.computility.server.monitoring.logs;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import io.computility.core.monitoring.SourceType;
import io.computility.server.shared.config.ComputilityProperties;
import io.computility.server.shared.loop.Periodic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Collects the server's own log lines at or above {@code computility.monitoring.platform-log-level}
 * (source PLATFORM/server): a Logback appender queues them, and this loop writes them in batches.
 * The queue is bounded so that a database outage cannot exhaust memory; lines beyond it are dropped
 * and counted in the next stored line.
 */
@Component
public class PlatformLogCollector extends Periodic {
  static final String SOURCE_ID = "server";
  private static final int CAPACITY = 10_000;
  private final LogIntake intake;
  private final Level threshold;
  private final BlockingQueue<LogLine> queue = new ArrayBlockingQueue<>(CAPACITY);
  private final Appender appender = new Appender();
  private volatile long dropped;

  public PlatformLogCollector(LogStore intake, ComputilityProperties props) {
    super("platform-logs", props.monitoring().platformLogFlush());
    this.intake = intake;
    this.threshold = Level.toLevel(props.monitoring().platformLogLevel(), Level.WARN);
  }

  @Override
  public void start() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx) {
      appender.setContext(ctx);
      appender.setName("computility-platform-logs-" + System.identityHashCode(this));
      appender.start();
      ctx.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
    }
    super.start();
  }

  @Override
  public void stop() {
    if (appender.getContext() instanceof LoggerContext ctx) {
      ctx.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
    }
    appender.stop();
    super.stop();
    try {
      runOnce();
    } catch (RuntimeException e) {
      // Shutting down with the database gone: the last lines stay in the console log only.
    }
  }

  @Override
  protected void runOnce() {
    List<LogLine> batch = new ArrayList<>();
    queue.drainTo(batch);
    long lost = dropped;
    if (lost > 0) {
      dropped = 0;
      batch.add(
          LogLine.of(
              SourceType.PLATFORM,
              SOURCE_ID,
              LogLevel.WARN,
              Instant.now(),
              PlatformLogCollector.class.getName(),
              lost + " server log lines dropped (queue full)"));
    }
    if (!batch.isEmpty()) intake.append(batch);
  }

  private final class Appender extends AppenderBase<ILoggingEvent> {
    @Override
    protected void append(ILoggingEvent e) {
      if (!e.getLevel().isGreaterOrEqual(threshold)) return;
      String text = e.getFormattedMessage();
      if (e.getThrowableProxy() != null) {
        text = text + "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy());
      }
      LogLine line =
          LogLine.of(
              SourceType.PLATFORM,
              SOURCE_ID,
              LogLevel.parse(e.getLevel().toString()),
              Instant.ofEpochMilli(e.getTimeStamp()),
              e.getLoggerName(),
              text);
      if (!queue.offer(line)) dropped++;
    }
  }
}
