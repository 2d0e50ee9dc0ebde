package io.computility.server.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One CLI run: its exit code and what it printed. */
record CliRun(int code, String out, String err) {

  static CliRun of(ServerLauncher launcher, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ComputilityCli.run(args, new PrintWriter(out), new PrintWriter(err), launcher);
    return new CliRun(code, out.toString(), err.toString());
  }

  static CliRun of(String... args) {
    return of(
        a -> {
          throw new AssertionError("no server may start");
        },
        args);
  }
}
