package io.computility.server.cli;

/** Placeholder entry point; replaced by the picocli CLI. */
public final class ComputilityCli {
  public static void main(String[] args) {
    io.computility.server.ComputilityServer.main(args);
  }
}
