package io.computility.agent.runtime;

/** Entry point of the node agent process ({@code computility agent ...}). */
public final class AgentMain {
  private AgentMain() {}

  public static void main(String[] args) throws Exception {
    System.exit(run(args));
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
