package io.computility.server.cli;

import io.computility.agent.runtime.AgentMain;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code computility agent}: runs this process as a pool node agent (plain Java, no Spring) that
 * reports to a controller.
 */
@Command(
    name = "agent",
    mixinStandardHelpOptions = true,
    description = "Run a pool node agent that reports this node's accelerators to a controller.")
final class AgentCommand implements Callable<Integer> {

  @Option(names = "--controller", required = true, description = "Controller base URL.")
  String controller;

  @Option(names = "--name", required = true, description = "This node's name in the pool.")
  String name;

  @Option(
      names = "--devices",
      required = true,
      split = ",",
      description = "Device providers: fake:FILE, nvidia, ascend, cambricon, hygon.")
  List<String> devices;

  @Option(
      names = "--token",
      description = "Machine token sent as a bearer token (default: $COMPUTILITY_TOKEN).")
  String token;

  @Option(
      names = "--backend",
      defaultValue = "accounting",
      description = "accounting, mps or hami-core.")
  String backend;

  @Option(names = "--work-dir", description = "Where task limits files and working dirs go.")
  String workDir;

  @Option(
      names = "--heartbeat",
      description = "Heartbeat interval such as 2s (default: the controller's).")
  String heartbeat;

  @Option(
      names = "--remote-listen",
      description =
          "HOST:PORT where this node serves its slices to tasks on other nodes (POOL-T12.3).")
  String remoteListen;

  @Option(
      names = "--remote-advertise",
      description = "Host name other nodes reach the remote-slice server by.")
  String remoteAdvertise;

  @Override
  public Integer call() throws Exception {
    List<String> args = new ArrayList<>(List.of("--controller", controller, "--name", name));
    args.add("--devices");
    args.add(String.join(",", devices));
    if (token != null) args.addAll(List.of("--token", token));
    args.add("--backend");
    args.add(backend);
    if (workDir != null) args.addAll(List.of("--work-dir", workDir));
    if (heartbeat != null) args.addAll(List.of("--heartbeat", heartbeat));
    if (remoteListen != null) args.addAll(List.of("--remote-listen", remoteListen));
    if (remoteAdvertise != null) args.addAll(List.of("--remote-advertise", remoteAdvertise));
    return AgentMain.run(args.toArray(String[]::new));
  }
}
