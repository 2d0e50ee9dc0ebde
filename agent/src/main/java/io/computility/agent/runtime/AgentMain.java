package io.computility.agent.runtime;

import java.io.IOException;

/** Entry point of the node agent process ({@code computility agent ...}). */
public final class AgentMain {
  private AgentMain() {}

  public static void main(String[] args) throws Exception {
    System.exit(run(args));
  }

  /**
   * An agent built from the same arguments, for a caller that runs it on a thread of its own (the
   * server's local node of {@code computility up}): {@link Agent#run} on that thread, {@link
   * Agent#shutdown} to stop it and its tasks. It ignores gray upgrades: it is upgraded with the
   * process it runs in.
   *
   * @throws IllegalArgumentException when the arguments are not valid
   * @throws IOException when the work directory cannot be made
   */
  public static Agent create(String[] args) throws IOException {
    Agent agent = new Agent(AgentOptions.parse(args));
    agent.upgradable = false;
    return agent;
  }

  /** Runs an agent until the process is told to stop; answers the exit code (2 on bad usage). */
  public static int run(String[] args) throws Exception {
    Upgrader.args = args.clone();
    AgentOptions options;
    try {
      options = AgentOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("agent: " + e.getMessage());
      System.err.println(
          "usage: agent --controller URL --name NODE --devices fake:FILE|nvidia|ascend|cambricon|hygon"
              + " [--token cty_...] [--backend accounting|mps|hami-core] [--work-dir DIR]"
              + " [--heartbeat 2s]");
      return 2;
    }
    Agent agent = new Agent(options);
    Runtime.getRuntime().addShutdownHook(new Thread(agent::shutdown, "agent-shutdown"));
    agent.run();
    return 0;
  }
}
