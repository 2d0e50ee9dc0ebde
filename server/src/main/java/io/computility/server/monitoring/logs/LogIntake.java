package io.computility.server.monitoring.logs;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * Where log lines of components, nodes and tasks are handed in: the server's own appender, the pool
 * controller, and remote agents through {@code POST /api/v1/monitoring/logs}.
 */
@NamedInterface("logs")
public interface LogIntake {

  void append(List<LogLine> lines);
}
