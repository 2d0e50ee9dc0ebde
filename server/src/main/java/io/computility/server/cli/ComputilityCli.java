package io.computility.server.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code computility} command: {@code up} starts the server; {@code job} and {@code center}
 * talk to a running server over HTTP; {@code sim} runs simulations locally. Exit codes: 0 ok, 1 the
 * server answered an error (or could not be reached), 2 usage, 3 {@code audit verify} found
 * tampering.
 */
@Command(
    name = "computility",
    mixinStandardHelpOptions = true,
    version = "computility 0.1.0",
    description = "Computility computing-power network: server and client.",
    subcommands = {
      UpCommand.class,
      LoginCommand.class,
      JobCommand.class,
      OrderCommand.class,
      CenterCommand.class,
      AgentCommand.class,
      PoolCommand.class,
      AuditCommand.class,
      SimCommand.class,
      MarketCommand.class
    })
public final class ComputilityCli extends GroupCommand {

  public static final int OK = 0;
  public static final int SERVER_ERROR = 1;
  public static final int USAGE = 2;

  /** {@code audit verify}: the audit log was tampered with. */
  public static final int TAMPERED = 3;

  private final ServerLauncher launcher;

  public ComputilityCli(ServerLauncher launcher) {
    this.launcher = launcher;
  }

  ServerLauncher launcher() {
    return launcher;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(args, out, err, new SpringServerLauncher()));
  }

  /** Runs one command line, writing to {@code out} and {@code err}; answers the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, ServerLauncher launcher) {
    CommandLine cmd = new CommandLine(new ComputilityCli(launcher));
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          line.getErr().println("error: " + e.getMessage());
          line.getErr().flush();
          return SERVER_ERROR;
        });
    int code = cmd.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
