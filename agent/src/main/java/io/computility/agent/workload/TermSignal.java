package io.computility.agent.workload;

import sun.misc.Signal;

/**
 * SIGTERM as a request to stop, not an abrupt exit: the workload finishes its step and exits 0, as
 * a well-behaved task does when the agent stops it.
 */
final class TermSignal {

  private TermSignal() {}

  static void onTerm(Runnable stop) {
    Signal.handle(new Signal("TERM"), signal -> stop.run());
  }
}
